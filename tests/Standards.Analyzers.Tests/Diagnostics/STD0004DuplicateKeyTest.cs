using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0004: a key written twice in one mapping is reported at the second one, with the first as an additional location.</summary>
    public sealed class STD0004DuplicateKeyTest
    {
        [Fact]
        public async Task A_repeated_title_is_reported_at_the_second_key()
        {
            var standard = TestFacts.Standard.Replace("  title: Staffing\n", "  title: Staffing\n  title: Staffing again\n");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0004").WithLocation(TestFacts.StandardPath, 4, 3)
                    .WithLocation(TestFacts.StandardPath, 3, 3));
        }
    }
}
