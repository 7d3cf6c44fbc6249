using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4003: an evidence value outside the field's possible range.</summary>
    public class STD4003ImpossibleEvidenceTests
    {
        [Fact]
        public void NegativeFte_IsReportedAtTheValue()
        {
            var result = Read("workforce:\n  po:\n    target_fte: -5\n");

            AssertSingle(result, "STD4003", InlinePath, 3, 17, "`workforce.po.target_fte` is `-5`, which is impossible: it must be from 0 to 10000");
        }

        [Fact]
        public void PercentageOver100_IsReportedAtTheValue()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: 120%\n");

            AssertSingle(result, "STD4003", InlinePath, 2, 33,
                "`case_sample.oversight_sufficient_percent` is `120%`, which is impossible: it must be from 0% to 100%");
        }

        [Fact]
        public void BoundaryValues_ArePossible()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: 100%\n  first_touch_point_on_time_percent: 0%\nworkforce:\n  po:\n    target_fte: 0\n");

            AssertDiagnostics(result);
            Assert.Equal(100, result.Evidence!.CaseSample!.OversightSufficientPercent);
            Assert.Equal(0, result.Evidence.Workforce!.Po!.TargetFte);
        }
    }
}
