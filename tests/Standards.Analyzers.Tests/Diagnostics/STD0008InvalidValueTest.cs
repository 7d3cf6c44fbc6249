using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0008: a value outside the allowed set is reported at the value.</summary>
    public sealed class STD0008InvalidValueTest
    {
        [Fact]
        public async Task An_unknown_rating_method_is_reported_at_the_value()
        {
            var standard = TestFacts.Standard.Replace("  method: characteristics", "  method: by_feel");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0008").WithLocation(TestFacts.StandardPath, 6, 11));
        }
    }
}
