using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1005: the units of a comparison or measure do not match; reported at the threshold.</summary>
    public class STD1005UnitMismatchTests
    {
        [Fact]
        public void PercentageComparedWithASpanOfControl_IsReportedAtTheSpan()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 1:10");

            AssertSingle(result, "STD1005", StandardPath, WhenLine, 55,
                "`case_sample.oversight_sufficient_percent` is a percentage but `1:10` is a span of control (1:N)");
        }

        [Fact]
        public void PlainNumberForAPercentage_SaysWriteWithPercent()
        {
            var result = LoadCondition("case_sample.oversight_sufficient_percent >= 65");

            AssertSingle(result, "STD1005", StandardPath, WhenLine, 55, "is a percentage but `65` is a plain number; write `65%`");
        }

        [Fact]
        public void PlainNumberForASpan_SaysWriteRatio()
        {
            var result = LoadCondition("spans.sentence_management_fte <= 10");

            AssertSingle(result, "STD1005", StandardPath, WhenLine, 44, "write `1:10`");
        }

        [Fact]
        public void MeasureThatIsNotAPercentage_IsReportedAtTheMeasure()
        {
            const string path = "rules/standards/p2.1.yaml";
            var standard =
                "standard:\n" +
                "  id: P2.1\n" +
                "  title: Assessment\n" +
                "  domain: 2\n" +
                "  statement: Assessment is well-informed.\n" +
                "  method: lowest_key_question\n" +
                "key_questions:\n" +
                "  - id: P2.1.1\n" +
                "    question: Does assessment focus on engagement?\n" +
                "    measure: case_sample.sample_size\n";

            var result = LoadWithManifest((path, standard));

            AssertSingle(result, "STD1005", path, 10, 14, "a measure must give a percentage of cases, but `case_sample.sample_size` gives a count");
        }
    }
}
