using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4011: case-sample percentages beside <c>sample_size: 0</c>.</summary>
    public class STD4011PercentOfEmptySampleTests
    {
        [Fact]
        public void PercentageWithSampleSizeZero_NamesBothFieldsAndLines()
        {
            var result = Read("case_sample:\n  sample_size: 0\n  oversight_sufficient_percent: 28%\n");

            AssertPair(result, "STD4011", InlinePath, 3, 3, InlinePath, 2, 3,
                "`case_sample.oversight_sufficient_percent` (line 3) is 28%, but `case_sample.sample_size` (line 2) is 0");
        }

        [Fact]
        public void NestedKeyQuestionPercentage_IsCheckedToo()
        {
            var result = Read("case_sample:\n  sample_size: 0\n  assessment:\n    safety: 50%\n");

            AssertPair(result, "STD4011", InlinePath, 4, 5, InlinePath, 2, 3, "`case_sample.assessment.safety` (line 4)");
        }
    }
}
