using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4002: an evidence value with the wrong unit or shape.</summary>
    public class STD4002EvidenceWrongUnitTests
    {
        [Fact]
        public void PercentageWithoutPercentSign_IsReportedAtTheValue()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: 70\n");

            AssertSingle(result, "STD4002", InlinePath, 2, 33,
                "`case_sample.oversight_sufficient_percent` is a percentage; write it as a percentage such as `28%`, not `70`");
        }

        [Fact]
        public void SpanWithoutRatio_IsReported()
        {
            var result = Read("spans:\n  sentence_management_fte: 12\n");

            AssertSingle(result, "STD4002", InlinePath, 2, 28, "write it as a span of control such as `1:12`, not `12`");
        }

        [Fact]
        public void TextForAYesNo_IsReported()
        {
            var result = Read("judgements:\n  reflective_practice_evident: sometimes\n");

            AssertSingle(result, "STD4002", InlinePath, 2, 32, "`judgements.reflective_practice_evident` should be true or false, but it is `sometimes`");
        }

        [Fact]
        public void ValueWhereAGroupBelongs_IsReported()
        {
            var result = Read("workforce: 5\n");

            AssertSingle(result, "STD4002", InlinePath, 1, 12, "`workforce` should be a mapping of fields, but it is a value");
        }

        [Fact]
        public void BadDate_IsReported()
        {
            var result = Read("pdu:\n  inspection_date: 05/02/2024\n");

            AssertSingle(result, "STD4002", InlinePath, 2, 20, "should be a date written yyyy-mm-dd, but it is `05/02/2024`");
        }
    }
}
