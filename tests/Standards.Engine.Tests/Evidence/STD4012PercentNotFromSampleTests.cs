using Standards.Engine.Evidence.Checks;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4012: a percentage that no count of the sampled cases gives at the precision it is written to.</summary>
    public class STD4012PercentNotFromSampleTests
    {
        [Fact]
        public void PercentageNoCountOf45CasesGives_NamesBothFieldsAndLines()
        {
            var result = Read("case_sample:\n  sample_size: 45\n  oversight_sufficient_percent: 33.4%\n");

            AssertPair(result, "STD4012", InlinePath, 3, 3, InlinePath, 2, 3,
                "`case_sample.oversight_sufficient_percent` (line 3) is 33.4%, which no number of cases out of 45 or fewer (`case_sample.sample_size` (line 2)) gives at that precision");
        }

        [Fact]
        public void FifteenOf45_IsAThirdToAnyPrecision()
        {
            var result = Read("case_sample:\n  sample_size: 45\n  oversight_sufficient_percent: 33.3333%\n  first_touch_point_on_time_percent: 71.11%\n");

            AssertDiagnostics(result);
        }

        [Theory]
        [InlineData(33.4, 1, 45, false)]
        [InlineData(33.34, 2, 45, false)]
        [InlineData(62.3, 1, 45, false)]
        [InlineData(34, 0, 45, true)]
        [InlineData(71.11, 2, 45, true)]
        [InlineData(45, 0, 10, false)]
        [InlineData(100, 0, 1, true)]
        [InlineData(0, 0, 1, true)]
        public void Reachable_MeansSomeKOfAtMostNCasesRoundsToIt(double percent, int decimals, int n, bool expected)
        {
            Assert.Equal(expected, SampleSizeCheck.Reachable(percent, decimals, n));
        }
    }
}
