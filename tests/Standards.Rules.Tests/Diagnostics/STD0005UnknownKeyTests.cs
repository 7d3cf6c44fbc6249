using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0005: a key the rule language does not have, with "did you mean".</summary>
    public class STD0005UnknownKeyTests
    {
        [Fact]
        public void MisspeltKey_SuggestsTheNearestKey()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("  title: Staffing", "  titel: Staffing")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(2,3)",
                "STD0005 rules/standards/p1.2.yaml(3,3)");
            Assert.Contains("`titel` is not a key of `standard`; did you mean `title`?", diagnostics[1].Message);
            Assert.Contains("(allowed: id, title, domain, statement, method)", diagnostics[1].Message);
            Assert.Contains("`standard` needs a `title`", diagnostics[0].Message);
        }

        [Fact]
        public void MisspeltCharacteristicKey_SuggestsTheNearestKey()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("    reason:", "    reasons:")));

            var diagnostics = AssertDiagnostics(result,
                "STD0006 rules/standards/p1.2.yaml(13,5)",
                "STD0005 rules/standards/p1.2.yaml(17,5)");
            Assert.Contains("`reasons` is not a key of a characteristic; did you mean `reason`?", diagnostics[1].Message);
        }

        [Fact]
        public void UnknownTopLevelKey_SuggestsTheFileKind()
        {
            var result = LoadWithManifest((StandardPath, "standrd:\n  id: P1.2\n"));

            AssertSingle(result, "STD0005", StandardPath, 1, 1,
                "a rule file starts with `rulebook:`, `standard:` or `examples:`, not `standrd`; did you mean `standard`?");
        }
    }
}
