using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD1002: a characteristic of a key question the standard does not have is reported at the reference.</summary>
    public sealed class STD1002UnknownKeyQuestionTest
    {
        [Fact]
        public async Task An_unknown_key_question_is_reported_at_its_id()
        {
            var standard = TestFacts.Standard.Replace("    key_question: P1.2.3\n    supports: good", "    key_question: P1.2.9\n    supports: good");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD1002").WithLocation(TestFacts.StandardPath, 13, 19));
        }
    }
}
