using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1003: the condition names an evidence field that does not exist; reported at the bad segment.</summary>
    public class STD1003UnknownFactMemberTests
    {
        [Fact]
        public void MisspeltField_IsReportedAtTheSegmentWithDidYouMean()
        {
            // `case_sample.` is columns 11-22, so the misspelt segment starts at column 23.
            var result = LoadCondition("case_sample.oversight_sufficent_percent >= 65%");

            var diagnostic = AssertSingle(result, "STD1003", StandardPath, WhenLine, 23,
                "`case_sample` has no field `oversight_sufficent_percent`; did you mean `oversight_sufficient_percent`?");
            Assert.Equal(WhenLine, diagnostic.Span.EndLine);
            Assert.Equal(50, diagnostic.Span.EndColumn);
        }

        [Fact]
        public void MisspeltGroup_IsReportedAtTheFirstSegment()
        {
            var result = LoadCondition("casesample.oversight_sufficient_percent >= 65%");

            AssertSingle(result, "STD1003", StandardPath, WhenLine, WhenColumn, "the evidence has no field `casesample`; did you mean `case_sample`?");
        }

        [Fact]
        public void FieldOfANumber_IsReported()
        {
            var result = LoadCondition("workforce.po.target_fte.value > 1");

            AssertSingle(result, "STD1003", StandardPath, WhenLine, 35, "`target_fte` is an FTE figure and has no field `value`");
        }

        [Fact]
        public void MisspeltFieldInsideWhere_IsReportedWithDidYouMean()
        {
            var result = LoadCondition("percent(case_sample.cases where oversight_sufficent) >= 65%");

            AssertSingle(result, "STD1003", StandardPath, WhenLine, 43, "has no field `oversight_sufficent`; did you mean `oversight_sufficient`?");
        }
    }
}
