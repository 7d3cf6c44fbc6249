using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2003: a higher grade easier to reach than a lower one, reported at the higher grade's condition with the lower one's as an additional location.</summary>
    public sealed class STD2003NonMonotonicLadderTest
    {
        [Fact]
        public async Task Outstanding_easier_than_good_is_reported_at_outstanding_with_good_as_the_additional_location()
        {
            var standard = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 60%"));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2003").WithLocation(TestFacts.StandardPath, WhenLine(2), Column)
                    .WithLocation(TestFacts.StandardPath, WhenLine(1), Column));
        }
    }
}
