using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>A valid rulebook gives no diagnostics; YAML outside a rules folder is not a rule file.</summary>
    public sealed class RuleFileAnalyzerCleanRulebookTest
    {
        [Fact]
        public async Task A_valid_rulebook_gives_no_diagnostics()
        {
            await RuleFileAnalyzerTest.VerifyStandardAsync(TestFacts.Standard);
        }

        [Fact]
        public async Task Yaml_files_outside_a_rules_folder_are_not_rule_files()
        {
            var test = new RuleFileAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/proj/config/settings.yaml", "standard: [not closed"));
            await test.RunAsync();
        }
    }
}
