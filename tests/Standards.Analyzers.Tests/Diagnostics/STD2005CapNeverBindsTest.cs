using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;
using static Standards.Analyzers.Tests.Diagnostics.ConsistencyStandard;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD2005: a cap that can never lower a rating.</summary>
    public sealed class STD2005CapNeverBindsTest
    {
        private static string[] FullLadder() => new[]
        {
            Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
            Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
            Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"),
        };

        [Fact]
        public async Task A_cap_at_the_top_grade_is_reported_at_its_grade()
        {
            var standard = Standard(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(FullLadder(),
                Characteristic("cap", "caps: outstanding", "spans.spo_span > 1:10"))));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2005").WithLocation(TestFacts.StandardPath, GradeLine(3), Column));
        }

        [Fact]
        public async Task A_cap_ruling_out_a_support_one_grade_up_is_reported_at_the_cap_with_the_support_as_the_additional_location()
        {
            var standard = Standard(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(FullLadder(),
                Characteristic("cap", "caps: inadequate", "case_sample.oversight_sufficient_percent < 50%"))));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2005").WithLocation(TestFacts.StandardPath, WhenLine(3), Column)
                    .WithLocation(TestFacts.StandardPath, WhenLine(0), Column));
        }
    }
}
