using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0012: a rule file with no content is reported at its start.</summary>
    public sealed class STD0012EmptyDocumentTest
    {
        [Fact]
        public async Task An_empty_rule_file_is_reported_at_line_one()
        {
            await RuleFileAnalyzerTest.VerifyAsync(
                new[] { (TestFacts.ManifestPath, TestFacts.Manifest), (TestFacts.StandardPath, TestFacts.Standard), ("/proj/rules/standards/empty.yaml", "# nothing yet\n") },
                RuleFileAnalyzerTest.Diagnostic("STD0012").WithLocation("/proj/rules/standards/empty.yaml", 1, 1));
        }
    }
}
