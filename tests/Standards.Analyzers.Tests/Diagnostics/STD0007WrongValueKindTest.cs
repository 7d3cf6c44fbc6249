using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0007: a value of the wrong shape (text where a list belongs) is reported at the value.</summary>
    public sealed class STD0007WrongValueKindTest
    {
        [Fact]
        public async Task Key_questions_given_as_text_are_reported_at_the_value()
        {
            var standard = TestFacts.Standard.Replace(
                "key_questions:\n  - id: P1.2.3\n    question: Does the oversight of work support high-quality delivery?\n",
                "key_questions: P1.2.3\n");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0007").WithLocation(TestFacts.StandardPath, 7, 16));
        }
    }
}
