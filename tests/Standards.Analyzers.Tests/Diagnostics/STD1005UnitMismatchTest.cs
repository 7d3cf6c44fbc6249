using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1005: a threshold in another unit than the field is reported at the threshold.</summary>
    public sealed class STD1005UnitMismatchTest
    {
        [Fact]
        public async Task A_percentage_compared_with_a_plain_number_is_reported_at_the_number()
        {
            var standard = TestFacts.Standard.Replace("oversight_sufficient_percent >= 65%", "oversight_sufficient_percent >= 65");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1005").WithLocation(TestFacts.StandardPath, 12, 55));
        }
    }
}
