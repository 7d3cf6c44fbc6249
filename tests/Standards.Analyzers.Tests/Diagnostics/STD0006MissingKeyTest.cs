using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0006: a required key that is absent is reported at the mapping that lacks it.</summary>
    public sealed class STD0006MissingKeyTest
    {
        [Fact]
        public async Task A_characteristic_without_a_reason_is_reported_at_the_characteristic()
        {
            var standard = TestFacts.Standard.Replace("    reason: Oversight was sufficient in at least 65% of cases.\n", string.Empty);

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0006").WithLocation(TestFacts.StandardPath, 11, 5));
        }
    }
}
