using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0009: a condition that cannot be parsed is reported inside the condition.</summary>
    public sealed class STD0009ExpressionSyntaxTest
    {
        [Fact]
        public async Task A_condition_missing_its_threshold_is_reported_after_the_operator()
        {
            var standard = TestFacts.Standard.Replace("oversight_sufficient_percent >= 65%", "oversight_sufficient_percent >= and true");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0009").WithLocation(TestFacts.StandardPath, 12, 55));
        }
    }
}
