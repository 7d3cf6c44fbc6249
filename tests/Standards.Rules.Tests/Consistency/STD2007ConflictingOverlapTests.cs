using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2007ConflictingOverlapTests
    {
        private const string Id = "STD2007";

        [Fact]
        public void A_cap_overlapping_a_higher_grade_support_on_the_same_field_is_reported_at_the_cap()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("cap", "caps: requires_improvement", "case_sample.oversight_sufficient_percent < 70%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal((WhenLine(0), WhenColumn), (Assert.Single(d.AdditionalSpans).Line, d.AdditionalSpans[0].Column));
            Assert.Contains("Good is earned and ruled out at once", d.Message);
        }

        [Fact]
        public void Two_caps_whose_ranges_cross_are_reported_at_the_milder_cap()
        {
            var yaml = Standard(
                Characteristic("cap-inadequate", "caps: inadequate", "surveys.spo_policies_meet_needs_percent between 20% and 40%"),
                Characteristic("cap-ri", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 30%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
            Assert.Contains("cross on `surveys.spo_policies_meet_needs_percent`", d.Message);
        }

        [Fact]
        public void Text_values_overlap_like_numbers()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "pdu.region in [\"Wales\", \"London\"]"),
                Characteristic("cap", "caps: requires_improvement", "pdu.region in [\"Wales\", \"North West\"]"));
            AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
        }

        [Fact]
        public void A_cap_separate_from_the_supports_is_not_reported()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("cap", "caps: inadequate", "case_sample.oversight_sufficient_percent < 28%"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void A_cap_overlapping_a_support_of_its_own_grade_is_expected()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 20%"),
                Characteristic("cap", "caps: requires_improvement", "case_sample.oversight_sufficient_percent < 39%"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void A_cap_and_a_support_on_different_fields_may_overlap()
        {
            var yaml = Standard(
                Characteristic("outstanding", "supports: outstanding", "judgements.learning_culture_promoted"),
                Characteristic("cap", "caps: inadequate", "not judgements.reflective_practice_evident"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void A_harsher_cap_nested_inside_a_milder_one_is_an_ordinary_ladder()
        {
            var yaml = Standard(
                Characteristic("cap-ri", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 39%"),
                Characteristic("cap-inadequate", "caps: inadequate", "surveys.spo_policies_meet_needs_percent < 20%"));
            Assert.Empty(Found(yaml, Id));
        }
    }
}
