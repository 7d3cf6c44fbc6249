using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2001ContradictionTests
    {
        private const string Id = "STD2001";

        [Fact]
        public void Two_thresholds_that_exclude_each_other_are_reported_at_the_condition()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent > 80% and case_sample.oversight_sufficient_percent < 50%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Contains("can never hold", d.Message);
            Assert.Contains("can never reach Requires improvement", d.Message);
        }

        [Fact]
        public void A_threshold_below_the_fields_valid_range_can_never_hold()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent < 0%"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_reversed_range_can_never_hold()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "surveys.spo_induction_percent between 60% and 40%"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_yes_no_field_and_its_negation_can_never_hold_together()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "judgements.induction_effective and not judgements.induction_effective"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_comparison_of_two_counts_and_its_opposite_can_never_hold_together()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement",
                    "count(judgements.prompts where met) >= count(judgements.prompts) and count(judgements.prompts where met) < count(judgements.prompts)"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void Whole_numbers_leave_no_room_between_consecutive_counts()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "count(judgements.prompts) > 2 and count(judgements.prompts) < 3"));
            AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
        }

        [Fact]
        public void A_cap_that_can_never_hold_says_the_cap_never_applies()
        {
            var yaml = Standard(
                Characteristic("cap", "caps: inadequate", "sickness.attrition_percent > 50% and sickness.attrition_percent <= 40%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Contains("the cap `cap` never applies", d.Message);
            Assert.Empty(Found(yaml, "STD2005"));
        }

        [Fact]
        public void A_dead_alternative_of_an_or_is_reported_at_that_part()
        {
            // "    when: judgements.induction_effective or (" is 45 characters, so the part starts at column 46.
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement",
                    "judgements.induction_effective or (surveys.spo_induction_percent > 80% and surveys.spo_induction_percent < 50%)"));
            var d = AssertSingle(yaml, Id, WhenLine(0), 46);
            Assert.Contains("the part `surveys.spo_induction_percent > 80% and surveys.spo_induction_percent < 50%`", d.Message);
        }

        [Theory]
        [InlineData("case_sample.oversight_sufficient_percent >= 50% and case_sample.oversight_sufficient_percent <= 50%")]
        [InlineData("case_sample.oversight_sufficient_percent > 80% or case_sample.oversight_sufficient_percent < 50%")]
        [InlineData("judgements.induction_effective and judgements.appraisal_effective")]
        [InlineData("count(judgements.prompts where met) * 2 >= count(judgements.prompts)")]
        public void Satisfiable_conditions_are_not_reported(string when)
        {
            var yaml = Standard(Characteristic("ri", "supports: requires_improvement", when));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void A_standard_whose_file_has_errors_is_still_checked_on_the_characteristics_that_bound()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent > 80% and case_sample.oversight_sufficient_percent < 50%"),
                Characteristic("good", "supports: good", "case_sample.no_such_field >= 10%"));
            var result = Load(yaml);
            Assert.Contains(result.Diagnostics, d => d.Id == "STD1003");
            Assert.Equal(WhenLine(0), Assert.Single(result.Diagnostics, d => d.Id.StartsWith("STD2", System.StringComparison.Ordinal) && d.Id == Id).Span.Line);
        }
    }
}
