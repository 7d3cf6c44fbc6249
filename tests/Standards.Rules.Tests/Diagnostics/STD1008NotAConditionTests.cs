using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1008: a condition, or an operand of <c>and</c>/<c>or</c>/<c>not</c>, that does not give yes or no.</summary>
    public class STD1008NotAConditionTests
    {
        [Fact]
        public void BareNumberField_IsNotACondition()
        {
            var result = LoadCondition("workforce.po.target_fte");

            AssertSingle(result, "STD1008", StandardPath, WhenLine, WhenColumn,
                "the condition `workforce.po.target_fte` gives an FTE figure, not yes or no; compare it with something");
        }

        [Fact]
        public void PercentageUnderAnd_IsReportedAtTheOperand()
        {
            // `judgements.induction_effective and ` is columns 11-45, so the second operand starts at column 46.
            var result = LoadCondition("judgements.induction_effective and case_sample.oversight_sufficient_percent");

            AssertSingle(result, "STD1008", StandardPath, WhenLine, 46,
                "`and` needs yes/no conditions, but `case_sample.oversight_sufficient_percent` is a percentage");
        }

        [Fact]
        public void NotOfANumber_IsReported()
        {
            var result = LoadCondition("not supervision.rpss_per_practitioner_per_year");

            AssertSingle(result, "STD1008", StandardPath, WhenLine, 15, "`not` needs yes/no conditions");
        }
    }
}
