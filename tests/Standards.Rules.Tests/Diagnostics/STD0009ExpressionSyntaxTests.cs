using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0009: the condition cannot be read; reported at the offending token's column in the file.</summary>
    public class STD0009ExpressionSyntaxTests
    {
        [Fact]
        public void DoubleAmpersand_IsReportedAtItsColumn()
        {
            // `case_sample.oversight_sufficient_percent` is columns 11-50, `>=` 52, `65%` 55, `&&` 59.
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 65% && judgements.induction_effective");

            AssertSingle(result, "STD0009", StandardPath, WhenLine, 59, "use `and` instead of `&&`");
        }

        [Fact]
        public void SingleEquals_IsReportedAtItsColumn()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent = 65%");

            AssertSingle(result, "STD0009", StandardPath, WhenLine, 52, "use `==` to compare, not `=`");
        }

        [Fact]
        public void UnclosedBracket_IsReportedAtTheEndWithTheBracketAsAdditionalSpan()
        {
            var result = LoadCondition("(case_sample.oversight_sufficient_percent >= 65%");

            var diagnostic = AssertSingle(result, "STD0009", StandardPath, WhenLine, 59, "but the condition ended");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), StandardPath, WhenLine, WhenColumn);
        }

        [Fact]
        public void ConditionThatCannotBeRead_IsNotAlsoBound()
        {
            var result = LoadCondition("case_sample.no_such_field = 65%");

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "STD1003");
        }
    }
}
