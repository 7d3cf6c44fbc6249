using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0004: a key appears twice in one mapping; both places are reported.</summary>
    public class STD0004DuplicateKeyTests
    {
        [Fact]
        public void RepeatedKey_IsReportedAtTheSecondWithTheFirstAsAdditionalSpan()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("  title: Staffing\n", "  title: Staffing\n  title: Staffing again\n")));

            var diagnostic = AssertSingle(result, "STD0004", StandardPath, 4, 3, "the key `title` appears twice in this mapping; the first is at line 3");
            var first = Assert.Single(diagnostic.AdditionalSpans);
            AssertAt(first, StandardPath, 3, 3);
        }

        [Fact]
        public void RepeatedKey_KeepsTheFirstValue()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("  title: Staffing\n", "  title: Staffing\n  title: Staffing again\n")));

            Assert.Equal("Staffing", Assert.Single(result.Rulebook!.Standards).Title);
        }

        [Fact]
        public void RepeatedKeyInTheManifest_IsReported()
        {
            var manifest = Manifest.Replace("  version: 1.0.0\n", "  version: 1.0.0\n  version: 2.0.0\n");

            var result = Load((ManifestPath, manifest), (StandardPath, Standard()));

            var diagnostic = AssertSingle(result, "STD0004", ManifestPath, 5, 3, "the key `version` appears twice");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), ManifestPath, 4, 3);
        }
    }
}
