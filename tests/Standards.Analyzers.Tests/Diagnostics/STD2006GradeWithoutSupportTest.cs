using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>
    /// STD2006: a grade of a key question with no supporting characteristic. A consistency warning: it shows
    /// that the STD2xxx checks and warning severity reach the build through the same analyzer.
    /// </summary>
    public sealed class STD2006GradeWithoutSupportTest
    {
        [Fact]
        public async Task A_ladder_without_an_outstanding_rung_is_reported_at_the_key_question()
        {
            var standard = TestFacts.Standard.Substring(0, TestFacts.Standard.IndexOf("  - id: P1.2.3-outstanding-oversight", System.StringComparison.Ordinal));

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD2006").WithLocation(TestFacts.StandardPath, 8, 9));
        }
    }
}
