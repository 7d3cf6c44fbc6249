using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1003: a condition reads an evidence field the C# fact types do not have.</summary>
    public sealed class STD1003UnknownFactMemberTest
    {
        [Fact]
        public async Task A_misspelt_field_is_reported_at_the_unknown_segment()
        {
            var standard = TestFacts.Standard.Replace("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficent_percent >= 65%");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1003").WithLocation(TestFacts.StandardPath, 12, 23)
                    .WithMessage("`case_sample` has no field `oversight_sufficent_percent`; did you mean `oversight_sufficient_percent`?"));
        }

        [Fact]
        public async Task An_unknown_top_level_field_is_reported_at_its_start()
        {
            var standard = TestFacts.Standard.Replace("case_sample.oversight_sufficient_percent >= 65%", "workforce.trainee_percent >= 65%");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1003").WithLocation(TestFacts.StandardPath, 12, 11));
        }
    }
}
