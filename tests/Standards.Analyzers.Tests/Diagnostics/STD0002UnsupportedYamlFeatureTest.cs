using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0002: anchors, aliases, merge keys and tags are rejected where they appear.</summary>
    public sealed class STD0002UnsupportedYamlFeatureTest
    {
        [Fact]
        public async Task A_tag_is_reported_at_the_tag()
        {
            var standard = TestFacts.Standard.Replace("  title: Staffing", "  title: !!str Staffing");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0002").WithLocation(TestFacts.StandardPath, 3, 10),
                // The tagged value is dropped, so the title is then missing.
                RuleFileAnalyzerTest.Diagnostic("STD0006").WithLocation(TestFacts.StandardPath, 2, 3));
        }
    }
}
