using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2003NonMonotonicLadderTests
    {
        private const string Id = "STD2003";

        [Fact]
        public void Outstanding_easier_than_good_is_reported_at_outstanding_with_good_as_the_other_position()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 60%"));
            var d = AssertSingle(yaml, Id, WhenLine(2), WhenColumn);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            var other = Assert.Single(d.AdditionalSpans);
            Assert.Equal((WhenLine(1), WhenColumn), (other.Line, other.Column));
            Assert.Contains("`outstanding` (Outstanding)", d.Message);
            Assert.Contains("`good` (Good)", d.Message);
        }

        [Fact]
        public void An_upper_threshold_that_rises_up_the_ladder_is_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "workforce.po.vacancy_rate <= 35%"),
                Characteristic("good", "supports: good", "workforce.po.vacancy_rate <= 40%"),
                Characteristic("outstanding", "supports: outstanding", "workforce.po.vacancy_rate <= 5%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
        }

        [Fact]
        public void A_span_of_control_ladder_compares_the_practitioners_per_manager()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "spans.sentence_management_fte <= 1:10"),
                Characteristic("outstanding", "supports: outstanding", "spans.sentence_management_fte <= 1:12"));
            AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
        }

        [Fact]
        public void A_looser_threshold_inside_a_larger_condition_is_still_reported()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 60% and judgements.learning_culture_promoted"));
            AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
        }

        [Fact]
        public void The_nearest_lower_grade_is_named()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "surveys.spo_time_for_oversight_percent >= 17%"),
                Characteristic("good", "supports: good", "surveys.spo_time_for_oversight_percent >= 50%"),
                Characteristic("outstanding", "supports: outstanding", "surveys.spo_time_for_oversight_percent >= 10%"));
            var d = AssertSingle(yaml, Id, WhenLine(2), WhenColumn);
            Assert.Equal(WhenLine(1), Assert.Single(d.AdditionalSpans).Line);
        }

        [Fact]
        public void A_ladder_that_gets_stricter_is_not_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));
            Assert.Empty(ConsistencyDiagnostics(yaml));
        }

        [Fact]
        public void Thresholds_in_opposite_directions_are_not_a_ladder()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent <= 95%"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void Equal_thresholds_are_redundant_rather_than_non_monotonic()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 65%"));
            Assert.Empty(Found(yaml, Id));
            AssertSingle(yaml, "STD2004", WhenLine(1), WhenColumn);
        }

        [Fact]
        public void Different_key_questions_have_separate_ladders()
        {
            var yaml = """
                standard:
                  id: P1.2
                  title: Staffing
                  domain: 1
                  statement: Staff are enabled to deliver a high-quality service.
                  method: characteristics
                key_questions:
                  - id: P1.2.1
                    question: Do staffing and workload levels support delivery?
                  - id: P1.2.3
                    question: Does the oversight of work support delivery?
                characteristics:
                  - id: good
                    key_question: P1.2.1
                    supports: good
                    when: case_sample.oversight_sufficient_percent >= 65%
                    reason: Test reason.
                  - id: outstanding
                    key_question: P1.2.3
                    supports: outstanding
                    when: case_sample.oversight_sufficient_percent >= 60%
                    reason: Test reason.
                """;
            Assert.Empty(Found(yaml, Id));
        }
    }
}
