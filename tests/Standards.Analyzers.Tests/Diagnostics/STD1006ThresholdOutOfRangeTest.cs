using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1006: a threshold outside the field's valid range is reported at the threshold.</summary>
    public sealed class STD1006ThresholdOutOfRangeTest
    {
        [Fact]
        public async Task A_percentage_above_100_is_reported_at_the_threshold()
        {
            var standard = TestFacts.Standard.Replace("oversight_sufficient_percent >= 65%", "oversight_sufficient_percent >= 120%");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1006").WithLocation(TestFacts.StandardPath, 12, 55));
        }
    }
}
