using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4001: an evidence field that is not part of the evidence contract.</summary>
    public class STD4001UnknownEvidenceFieldTests
    {
        [Fact]
        public void MisspeltField_IsReportedAtTheKeyWithDidYouMean()
        {
            var result = Read("case_sample:\n  oversight_sufficent_percent: 70%\n");

            AssertSingle(result, "STD4001", InlinePath, 2, 3,
                "`case_sample.oversight_sufficent_percent` is not an evidence field; did you mean `oversight_sufficient_percent`?");
        }

        [Fact]
        public void MisspeltGroup_IsReported()
        {
            var result = Read("workforse:\n  po:\n    target_fte: 40\n");

            AssertSingle(result, "STD4001", InlinePath, 1, 1, "`workforse` is not an evidence field; did you mean `workforce`?");
        }

        [Fact]
        public void DerivedField_SaysToLeaveItOut()
        {
            var result = Read("workforce:\n  po:\n    vacancy_rate: 10%\n");

            AssertSingle(result, "STD4001", InlinePath, 3, 5, "`workforce.po.vacancy_rate` is not an evidence field (it is worked out from other evidence, so leave it out)");
        }
    }
}
