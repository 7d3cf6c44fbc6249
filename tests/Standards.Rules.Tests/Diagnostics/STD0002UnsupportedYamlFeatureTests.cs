using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0002: anchors, aliases, merge keys and tags are rejected, and the node carrying them is left out.</summary>
    public class STD0002UnsupportedYamlFeatureTests
    {
        [Fact]
        public void Anchor_IsReportedAndTheValueLeftOut()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    supports: good", "    supports: &g good")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(13,5)",
                "STD0002 rules/standards/p1.2.yaml(15,15)");
            Assert.Contains("the anchor `&g` is not allowed", diagnostics[1].Message);
            Assert.Contains("needs `supports: <grade>` or `caps: <grade>`", diagnostics[0].Message);
        }

        [Fact]
        public void Alias_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    reason: Oversight was sufficient.", "    reason: *r")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(13,5)",
                "STD0002 rules/standards/p1.2.yaml(17,13)");
            Assert.Contains("the alias `*r` is not allowed", diagnostics[1].Message);
        }

        [Fact]
        public void Tag_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("  title: Staffing", "  title: !!str Staffing")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(2,3)",
                "STD0002 rules/standards/p1.2.yaml(3,10)");
            Assert.Contains("the tag `!!str` is not allowed", diagnostics[1].Message);
        }

        [Fact]
        public void MergeKey_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("  title: Staffing", "  <<: {title: Staffing}")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(2,3)",
                "STD0002 rules/standards/p1.2.yaml(3,3)");
            Assert.Contains("the merge key `<<` is not allowed", diagnostics[1].Message);
        }
    }
}
