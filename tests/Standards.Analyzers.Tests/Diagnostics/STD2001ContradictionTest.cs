using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2001: a condition that can never hold, reported at the condition.</summary>
    public sealed class STD2001ContradictionTest
    {
        [Fact]
        public async Task Two_thresholds_that_exclude_each_other_are_reported_at_the_condition()
        {
            var standard = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent > 80% and case_sample.oversight_sufficient_percent < 50%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2001").WithLocation(TestFacts.StandardPath, WhenLine(1), Column));
        }
    }
}
