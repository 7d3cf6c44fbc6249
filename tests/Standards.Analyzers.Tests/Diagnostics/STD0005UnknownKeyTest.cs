using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0005: a key the rule language does not have is reported at the key, with a "did you mean".</summary>
    public sealed class STD0005UnknownKeyTest
    {
        [Fact]
        public async Task A_misspelt_optional_key_is_reported_at_the_key()
        {
            var standard = TestFacts.Standard.Replace(
                "    question: Does the oversight of work support high-quality delivery?\n",
                "    question: Does the oversight of work support high-quality delivery?\n    promts: none\n");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0005").WithLocation(TestFacts.StandardPath, 10, 5));
        }
    }
}
