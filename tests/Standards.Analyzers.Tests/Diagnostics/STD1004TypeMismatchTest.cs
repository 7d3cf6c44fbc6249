using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1004: a comparison of values of different kinds is reported in the condition.</summary>
    public sealed class STD1004TypeMismatchTest
    {
        [Fact]
        public async Task A_percentage_compared_with_text_is_reported()
        {
            var standard = TestFacts.Standard.Replace("oversight_sufficient_percent >= 65%", "oversight_sufficient_percent >= \"high\"");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1004").WithLocation(TestFacts.StandardPath, 12, 11));
        }
    }
}
