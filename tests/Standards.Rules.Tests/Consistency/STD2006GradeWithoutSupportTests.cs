using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Consistency.ConsistencyFixture;

namespace Standards.Rules.Tests.Consistency
{
    public class STD2006GradeWithoutSupportTests
    {
        private const string Id = "STD2006";

        [Fact]
        public void A_missing_rung_is_reported_at_the_key_question_id_naming_the_grade()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("outstanding", "supports: outstanding", "case_sample.oversight_sufficient_percent >= 80%"));
            var d = AssertSingle(yaml, Id, 8, 9);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("no characteristic of key question P1.2.1 supports Good", d.Message);
            Assert.Contains("Good is reached whenever Requires improvement is", d.Message);
            Assert.Contains("`supports: good`", d.Message);
        }

        [Fact]
        public void Several_missing_rungs_are_named_in_one_diagnostic()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"));
            var d = AssertSingle(yaml, Id, 8, 9);
            Assert.Contains("supports Good or Outstanding", d.Message);
        }

        [Fact]
        public void A_key_question_with_only_caps_is_rated_at_the_top_grade_whatever_the_evidence()
        {
            var yaml = Standard(
                Characteristic("cap", "caps: inadequate", "not judgements.reflective_practice_evident"));
            var d = AssertSingle(yaml, Id, 8, 9);
            Assert.Contains("rated Outstanding whatever the evidence", d.Message);
        }

        [Fact]
        public void A_key_question_with_no_characteristics_is_reported()
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
                  - id: P1.2.2
                    question: Do the skills of staff support delivery?
                characteristics:
                  - id: ri
                    key_question: P1.2.1
                    supports: requires_improvement
                    when: case_sample.oversight_sufficient_percent >= 50%
                    reason: Test reason.
                  - id: good
                    key_question: P1.2.1
                    supports: good
                    when: case_sample.oversight_sufficient_percent >= 65%
                    reason: Test reason.
                  - id: outstanding
                    key_question: P1.2.1
                    supports: outstanding
                    when: case_sample.oversight_sufficient_percent >= 80%
                    reason: Test reason.
                """;
            var d = AssertSingle(yaml, Id, 10, 9);
            Assert.Contains("key question P1.2.2 has no characteristics", d.Message);
        }

        [Fact]
        public void A_full_ladder_is_not_reported()
        {
            var yaml = Standard(
                Characteristic("ri", "supports: requires_improvement", "case_sample.oversight_sufficient_percent >= 50%"),
                Characteristic("good", "supports: good", "case_sample.oversight_sufficient_percent >= 65%"),
                Characteristic("outstanding", "supports: outstanding", "judgements.learning_culture_promoted"));
            Assert.Empty(Found(yaml, Id));
        }

        [Fact]
        public void Domain_two_standards_rated_by_their_lowest_key_question_are_not_reported()
        {
            var yaml = """
                standard:
                  id: P2.1
                  title: Assessment
                  domain: 2
                  statement: Assessment is well-informed.
                  method: lowest_key_question
                key_questions:
                  - id: P2.1.1
                    question: Does assessment focus sufficiently on engaging the person on probation?
                    measure: case_sample.assessment.engagement
                """;
            Assert.Empty(Found(yaml, Id));
        }
    }
}
