using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2004RedundantCharacteristicTests
    {
        private const string Id = "STD2004";

        [Fact]
        public void A_support_implied_by_another_of_the_same_grade_is_reported()
        {
            var yaml = Standard(
                Characteristic("good-65", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("good-60", "supports: good", "case_sample.oversight_sufficient_percent >= 60%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal((WhenLine(0), WhenColumn), (Assert.Single(d.AdditionalSpans).Line, d.AdditionalSpans[0].Column));
            Assert.Contains("`good-60` adds nothing", d.Message);
        }

        [Fact]
        public void The_wider_support_is_redundant_wherever_it_is_written()
        {
            var yaml = Standard(
                Characteristic("good-60", "supports: good", "case_sample.oversight_sufficient_percent >= 60%"),
                Characteristic("good-65", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Equal(WhenLine(1), Assert.Single(d.AdditionalSpans).Line);
        }

        [Fact]
        public void Of_two_equivalent_supports_the_later_one_is_reported()
        {
            var yaml = Standard(
                Characteristic("first", "supports: good", "judgements.induction_effective and judgements.appraisal_effective"),
                Characteristic("second", "supports: good", "judgements.appraisal_effective and judgements.induction_effective"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
        }

        [Fact]
        public void Of_two_caps_at_the_same_grade_the_narrower_one_is_reported()
        {
            var yaml = Standard(
                Characteristic("cap-30", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 30%"),
                Characteristic("cap-20", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 20%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
            Assert.Contains("the cap `cap-30` (Requires improvement) applies too", d.Message);
        }

        [Fact]
        public void A_higher_grade_support_implied_by_a_lower_grade_support_is_reported()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "judgements.case_supervision_effective and judgements.oversight_arrangements_effective"),
                Characteristic("outstanding", "supports: outstanding", "judgements.case_supervision_effective"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
            Assert.Contains("adds nothing to Outstanding", d.Message);
        }

        [Fact]
        public void A_support_that_implies_a_lower_cap_makes_its_grade_unreachable()
        {
            var yaml = Standard(
                Characteristic("outstanding", "supports: outstanding", "judgements.learning_culture_promoted and not judgements.reflective_practice_evident"),
                Characteristic("cap", "caps: requires_improvement", "not judgements.reflective_practice_evident"));
            var d = AssertSingle(yaml, Id, WhenLine(0), WhenColumn);
            Assert.Equal(WhenLine(1), Assert.Single(d.AdditionalSpans).Line);
            Assert.Contains("P1.2 can never be rated Outstanding or above", d.Message);
        }

        [Fact]
        public void Supports_of_a_lower_grade_than_the_cap_are_not_unreachable()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "judgements.learning_culture_promoted and not judgements.reflective_practice_evident"),
                Characteristic("cap", "caps: requires_improvement", "not judgements.reflective_practice_evident"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void Independent_supports_of_one_grade_are_not_reported()
        {
            var yaml = Standard(
                Characteristic("ri-a", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("ri-b", "supports: requires_improvement", "judgements.case_supervision_effective or judgements.oversight_arrangements_effective"),
                Characteristic("good", "supports: good", "judgements.case_supervision_effective and judgements.oversight_arrangements_effective"));
            Assert.Empty(Found(yaml, Id));
        }
    }
}
