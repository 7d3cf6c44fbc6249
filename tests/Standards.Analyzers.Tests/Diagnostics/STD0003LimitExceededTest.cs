using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0003: a rule file nested deeper than the reader allows is reported where the limit is passed.</summary>
    public sealed class STD0003LimitExceededTest
    {
        [Fact]
        public async Task Nesting_deeper_than_64_levels_is_reported()
        {
            // standard: / a: / a: / ... one level deeper per line, two spaces per level.
            var text = new StringBuilder("standard:\n");
            foreach (var depth in Enumerable.Range(1, 70)) text.Append(' ', depth * 2).Append("a:\n");
            text.Append(' ', 71 * 2).Append("x\n");

            await RuleFileAnalyzerTest.VerifyAsync(
                new[] { (TestFacts.ManifestPath, TestFacts.Manifest), ("/proj/rules/standards/deep.yaml", text.ToString()) },
                // Line 65 holds the 64th `a:`, indented 128 spaces; its value is the 65th level.
                RuleFileAnalyzerTest.Diagnostic("STD0003").WithLocation("/proj/rules/standards/deep.yaml", 65, 129));
        }
    }
}
