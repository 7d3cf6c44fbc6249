using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2002: a condition that holds for every possible value, reported at the condition.</summary>
    public sealed class STD2002TautologyTest
    {
        [Fact]
        public async Task A_comparison_covering_the_fields_whole_range_is_reported_at_the_condition()
        {
            var standard = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 0%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2002").WithLocation(TestFacts.StandardPath, WhenLine(0), Column));
        }
    }
}
