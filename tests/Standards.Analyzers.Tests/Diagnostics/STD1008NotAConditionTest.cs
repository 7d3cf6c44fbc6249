using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1008: a condition that gives a number instead of yes or no is reported at the condition.</summary>
    public sealed class STD1008NotAConditionTest
    {
        [Fact]
        public async Task A_bare_percentage_field_is_not_a_condition()
        {
            var standard = TestFacts.Standard.Replace("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficient_percent");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1008").WithLocation(TestFacts.StandardPath, 12, 11));
        }
    }
}
