using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0006: a required key is missing; reported at the start of the mapping that needs it.</summary>
    public class STD0006MissingKeyTests
    {
        [Fact]
        public void CharacteristicWithoutReason_IsReportedAtTheCharacteristic()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    reason: Oversight was sufficient.\n", "")));

            AssertSingle(result, "STD0006", StandardPath, 13, 5, "a characteristic needs a `reason`");
        }

        [Fact]
        public void CharacteristicWithoutSupportsOrCaps_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    supports: good\n", "")));

            AssertSingle(result, "STD0006", StandardPath, 13, 5, "a characteristic needs `supports: <grade>` or `caps: <grade>`");
        }

        [Fact]
        public void ManifestWithoutScaleOrBands_ReportsBothAtTheFileStart()
        {
            var manifest = "rulebook:\n  id: test-rulebook\n  title: Test rulebook\n  version: 1.0.0\n  effective: 2026-04-01\n";

            var result = Load((ManifestPath, manifest), (StandardPath, Standard()));

            var diagnostics = AssertDiagnostics(result, $"STD0006 {ManifestPath}(1,1)", $"STD0006 {ManifestPath}(1,1)");
            Assert.Contains(diagnostics, d => d.Message.Contains("the rulebook manifest needs a `scale`"));
            Assert.Contains(diagnostics, d => d.Message.Contains("the rulebook manifest needs an `overall`"));
            Assert.Null(result.Rulebook);
        }
    }
}
