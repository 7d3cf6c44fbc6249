using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1001: an example case that expects a rating for a standard the rulebook does not have.</summary>
    public sealed class STD1001UnknownStandardTest
    {
        private const string ExamplesPath = "/proj/rules/examples/oversight.yaml";

        private const string Examples = """
            examples:
              - name: good oversight rates the standard good
                evidence:
                  case_sample:
                    oversight_sufficient_percent: 70%
                expect:
                  P1.9: good

            """;

        [Fact]
        public async Task An_expectation_for_an_unknown_standard_is_reported_at_the_standard()
        {
            await RuleFileAnalyzerTest.VerifyAsync(
                new[] { (TestFacts.ManifestPath, TestFacts.Manifest), (TestFacts.StandardPath, TestFacts.Standard), (ExamplesPath, Examples) },
                RuleFileAnalyzerTest.Diagnostic("STD1001").WithLocation(ExamplesPath, 7, 7));
        }
    }
}
