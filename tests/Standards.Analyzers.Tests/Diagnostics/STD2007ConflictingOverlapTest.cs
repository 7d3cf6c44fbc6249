using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2007: a cap whose condition overlaps a higher grade's support on the same field, reported at the cap with the support as an additional location.</summary>
    public sealed class STD2007ConflictingOverlapTest
    {
        [Fact]
        public async Task A_cap_overlapping_a_higher_grade_support_is_reported_at_the_cap_with_the_support_as_the_additional_location()
        {
            var standard = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"),
                Characteristic("cap", "caps: requires_improvement", "case_sample.oversight_sufficient_percent < 70%"));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2007").WithLocation(TestFacts.StandardPath, WhenLine(3), Column)
                    .WithLocation(TestFacts.StandardPath, WhenLine(1), Column));
        }
    }
}
