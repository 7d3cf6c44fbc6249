using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2002TautologyTests
    {
        private const string Id = "STD2002";

        [Fact]
        public void A_comparison_covering_the_fields_whole_range_is_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 0%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("holds for every possible value", d.Message);
        }

        [Fact]
        public void Two_alternatives_that_cover_every_value_are_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 0% or case_sample.oversight_sufficient_percent < 50%"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_yes_no_field_or_its_negation_always_holds()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "judgements.induction_effective or not judgements.induction_effective"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_count_is_never_negative()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "count(judgements.prompts) >= 0"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void The_range_of_a_sum_of_percentages_is_worked_out()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "workforce.trainee_percent + workforce.newly_qualified_percent <= 200%"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_cap_that_always_holds_says_it_limits_every_pdu()
        {
            var yaml = Standard(
                Characteristic("cap", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent <= 100%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Contains("limits every PDU to Requires improvement", d.Message);
        }

        [Fact]
        public void A_redundant_part_of_an_and_is_reported_at_that_part()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 0% and surveys.spo_induction_percent >= 40%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Contains("the part `case_sample.oversight_sufficient_percent >= 0%`", d.Message);
            Assert.Equal(WhenColumn + "case_sample.oversight_sufficient_percent >= 0%".Length, d.Span.EndColumn);
        }

        [Theory]
        [InlineData("case_sample.oversight_sufficient_percent >= 1%")]
        [InlineData("case_sample.oversight_sufficient_percent > 0%")]
        [InlineData("count(judgements.prompts) > 0")]
        [InlineData("judgements.induction_effective or judgements.appraisal_effective")]
        public void Conditions_that_can_fail_are_not_reported(string when)
        {
            var yaml = Standard(Characteristic("ri", "supports: requires_improvement", when));
            Assert.Empty(Found(yaml, Id));
        }
    }
}
