using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1006: a threshold outside the field's valid range, which real evidence can never decide.</summary>
    public class STD1006ThresholdOutOfRangeTests
    {
        [Fact]
        public void PercentageOver100_IsReportedAtTheThreshold()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 120%");

            AssertSingle(result, "STD1006", StandardPath, WhenLine, 55,
                "`120%` is outside the valid range of `oversight_sufficient_percent` (0% to 100%)");
        }

        [Fact]
        public void ThresholdOnTheLeft_IsAlsoChecked()
        {
            var result = LoadCondition("120% <= case_sample.oversight_sufficient_percent");

            AssertSingle(result, "STD1006", StandardPath, WhenLine, WhenColumn, "`120%` is outside the valid range");
        }

        [Fact]
        public void CaseSampleBandOver100_IsReported()
        {
            var result = Load((ManifestPath, Manifest.Replace("at_least: 80%", "at_least: 120%")), (StandardPath, Standard()));

            AssertSingle(result, "STD1006", ManifestPath, 34, 15, "`at_least` is `120%`, but a share of cases must be from 0% to 100%");
        }

        [Fact]
        public void BoundsThemselves_AreInRange()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent between 0% and 100%");

            AssertDiagnostics(result);
        }
    }
}
