using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2004: a characteristic that adds nothing, reported at its condition with the one that implies it as an additional location.</summary>
    public sealed class STD2004RedundantCharacteristicTest
    {
        [Fact]
        public async Task A_support_implied_by_another_of_the_same_grade_is_reported_with_the_other_as_the_additional_location()
        {
            var standard = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good-65", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("good-60", "supports: good", "case_sample.oversight_sufficient_percent >= 60%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2004").WithLocation(TestFacts.StandardPath, WhenLine(2), Column)
                    .WithLocation(TestFacts.StandardPath, WhenLine(1), Column));
        }
    }
}
