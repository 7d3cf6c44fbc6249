using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1009: a list read without an aggregate is reported at the list.</summary>
    public sealed class STD1009NotACollectionTest
    {
        [Fact]
        public async Task A_list_field_read_directly_is_reported_at_the_list()
        {
            var standard = TestFacts.Standard.Replace("case_sample.oversight_sufficient_percent >= 65%", "case_sample.cases.oversight_sufficient");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1009").WithLocation(TestFacts.StandardPath, 12, 23));
        }
    }
}
