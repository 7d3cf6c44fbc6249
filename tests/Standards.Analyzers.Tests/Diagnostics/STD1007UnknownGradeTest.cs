using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1007: a grade that is not on the manifest's scale is reported at the grade.</summary>
    public sealed class STD1007UnknownGradeTest
    {
        [Fact]
        public async Task An_unknown_grade_is_reported_at_the_grade()
        {
            var standard = TestFacts.Standard.Replace("    supports: good", "    supports: excellent");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1007").WithLocation(TestFacts.StandardPath, 14, 15));
        }
    }
}
