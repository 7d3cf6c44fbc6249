using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0013: the rulebook manifest is missing or repeated.</summary>
    public class STD0013ManifestProblemTests
    {
        [Fact]
        public void NoManifest_IsReportedAtTheFirstFileAndNoRulebookIsBuilt()
        {
            var result = Load((StandardPath, Standard()));

            AssertSingle(result, "STD0013", StandardPath, 1, 1, "the rulebook has no manifest: add a file starting with `rulebook:`");
            Assert.Null(result.Rulebook);
        }

        [Fact]
        public void SecondManifest_IsReportedAtItsRulebookKeyWithTheFirstAsAdditionalSpan()
        {
            const string second = "rules/second.yaml";

            var result = LoadWithManifest((second, Manifest), (StandardPath, Standard()));

            var diagnostic = AssertSingle(result, "STD0013", second, 1, 1,
                "a rulebook has one manifest, but this is a second one; the first is rules/rulebook.yaml");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), ManifestPath, 1, 1);
        }
    }
}
