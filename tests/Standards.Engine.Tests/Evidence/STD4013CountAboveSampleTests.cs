using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4013: a count of cases larger than the sample it is part of.</summary>
    public class STD4013CountAboveSampleTests
    {
        [Fact]
        public void MoreCasesWithoutOversightRequiredThanCasesInspected_NamesBothFieldsAndLines()
        {
            var result = Read("case_sample:\n  sample_size: 40\n  oversight_not_required_cases: 45\n");

            AssertPair(result, "STD4013", InlinePath, 3, 3, InlinePath, 2, 3,
                "`case_sample.oversight_not_required_cases` (line 3) is 45, more than the 40 cases of the whole sample (`case_sample.sample_size` (line 2))");
        }

        [Fact]
        public void CountWithinTheSample_IsAccepted()
        {
            var result = Read("case_sample:\n  sample_size: 1726\n  oversight_not_required_cases: 97\n  oversight_sufficient_percent: 28%\n");

            AssertDiagnostics(result);
        }
    }
}
