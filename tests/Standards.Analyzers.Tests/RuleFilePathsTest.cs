using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>Which AdditionalFiles the analyzer treats as rule files.</summary>
    public sealed class RuleFilePathsTest
    {
        [Theory]
        [InlineData("/repo/rules/rulebook.yaml", true)]
        [InlineData("/repo/rules/standards/P1.2-staffing.yaml", true)]
        [InlineData("/repo/rules/examples/cases.YML", true)]
        [InlineData(@"C:\repo\rules\standards\P1.2.yaml", true)]
        [InlineData("/repo/Rules/rulebook.yaml", true)]
        [InlineData("/repo/config/settings.yaml", false)]
        [InlineData("/repo/rules.yaml", false)]
        [InlineData("/repo/myrules/rulebook.yaml", false)]
        [InlineData("/repo/rules/README.md", false)]
        public void Only_yaml_files_under_a_rules_folder_are_rule_files(string path, bool expected)
        {
            Assert.Equal(expected, RuleFilePaths.IsRuleFile(path));
        }
    }
}
