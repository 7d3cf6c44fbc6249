using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Diagnostics
{
    /// <summary>STD0001: a rule file that is not valid YAML is reported where the parser stopped.</summary>
    public sealed class STD0001YamlSyntaxTest
    {
        [Fact]
        public async Task An_indented_key_after_a_scalar_is_reported()
        {
            var standard = TestFacts.Standard.Replace("  title: Staffing", "   title: Staffing");

            await RuleFileAnalyzerTest.VerifyStandardAsync(standard,
                RuleFileAnalyzerTest.Diagnostic("STD0001").WithLocation(TestFacts.StandardPath, 3, 9));
        }
    }
}
