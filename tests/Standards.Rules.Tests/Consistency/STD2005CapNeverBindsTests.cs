using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2005CapNeverBindsTests
    {
        private const string Id = "STD2005";

        [Fact]
        public void A_cap_at_the_top_grade_is_reported_at_its_grade()
        {
            var yaml = Standard(
                Characteristic("cap", "caps: outstanding", "surveys.spo_policies_meet_needs_percent < 39%"));
            var d = AssertSingle(yaml, Id, GradeLine(0), 11);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("the top grade", d.Message);
        }

        [Fact]
        public void A_cap_whose_condition_rules_out_a_support_one_grade_up_never_binds()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 28%"),
                Characteristic("cap", "caps: inadequate", "case_sample.oversight_sufficient_percent < 28%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal((WhenLine(0), WhenColumn), (Assert.Single(d.AdditionalSpans).Line, d.AdditionalSpans[0].Column));
            Assert.Contains("already no higher than Inadequate", d.Message);
        }

        [Fact]
        public void The_exact_negation_of_a_support_at_the_same_grade_never_binds()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "judgements.reflective_practice_evident"),
                Characteristic("cap", "caps: good", "not judgements.reflective_practice_evident"));
            AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
        }

        [Fact]
        public void A_cap_inside_a_harsher_cap_never_binds()
        {
            var yaml = Standard(
                Characteristic("cap-inadequate", "caps: inadequate", "surveys.spo_policies_meet_needs_percent < 30%"),
                Characteristic("cap-ri", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 20%"));
            var d = AssertSingle(yaml, Id, WhenLine(1), WhenColumn);
            Assert.Equal(WhenLine(0), Assert.Single(d.AdditionalSpans).Line);
        }

        [Fact]
        public void A_cap_ruling_out_only_a_support_two_grades_up_can_still_bind()
        {
            var yaml = Standard(
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("cap", "caps: inadequate", "case_sample.oversight_sufficient_percent < 28%"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void A_ladder_of_caps_getting_harsher_as_the_evidence_gets_worse_is_not_reported()
        {
            var yaml = Standard(
                Characteristic("cap-ri", "caps: requires_improvement", "surveys.spo_policies_meet_needs_percent < 39%"),
                Characteristic("cap-inadequate", "caps: inadequate", "surveys.spo_policies_meet_needs_percent < 20%"));
            Assert.Empty(Found(yaml, Id));
            Assert.Empty(Found(yaml, "STD2007"));
        }

        [Fact]
        public void A_cap_on_evidence_no_support_reads_is_not_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 28%"),
                Characteristic("cap", "caps: inadequate", "not judgements.reflective_practice_evident"));
            Assert.Empty(Found(yaml, Id));
        }
    }
}
