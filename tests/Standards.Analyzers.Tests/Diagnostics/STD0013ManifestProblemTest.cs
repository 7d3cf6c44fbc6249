using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0013: a rulebook without a manifest is reported at the first rule file.</summary>
    public sealed class STD0013ManifestProblemTest
    {
        [Fact]
        public async Task A_rulebook_without_a_manifest_is_reported_at_the_first_file()
        {
            await RuleFileAnalyzerTest.VerifyAsync(
                new[] { (TestFacts.StandardPath, TestFacts.Standard) },
                RuleFileAnalyzerTest.Diagnostic("STD0013").WithLocation(TestFacts.StandardPath, 1, 1));
        }
    }
}
