using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0010: two characteristics with one id are reported at the second, with the first as an additional location.</summary>
    public sealed class STD0010DuplicateIdTest
    {
        [Fact]
        public async Task A_repeated_characteristic_id_is_reported_at_the_second_id()
        {
            var standard = TestFacts.Standard.Replace("  - id: P1.2.3-outstanding-oversight", "  - id: P1.2.3-good-oversight");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0010").WithLocation(TestFacts.StandardPath, 21, 9)
                    .WithLocation(TestFacts.StandardPath, 11, 9));
        }
    }
}
