using Standards.Rules.Consistency;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Text;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    public class ConditionNormaliserTests
    {
        private static NormalForm Normalise(string condition)
        {
            var bag = new DiagnosticBag();
            var expr = ExpressionParser.Parse(condition, new SingleLineLocator(), bag);
            Assert.NotNull(expr);
            return new ConditionNormaliser().Normalise(ConsistencyFixture.Bind(expr!));
        }

        [Fact]
        public void A_threshold_becomes_one_box_clipped_to_the_percentage_range()
        {
            var form = Normalise("case_sample.oversight_sufficient_percent >= 65%");
            var box = Assert.Single(form.Holds.Boxes);
            Assert.Equal(Interval.Closed(65, 100), box.Find("case_sample.oversight_sufficient_percent")!.Interval);
            Assert.Equal(new Interval(0, false, 65, true), Assert.Single(form.Fails.Boxes).Find("case_sample.oversight_sufficient_percent")!.Interval);
        }

        [Fact]
        public void A_literal_on_the_left_is_mirrored()
        {
            Assert.True(Normalise("65% <= case_sample.oversight_sufficient_percent").EquivalentTo(Normalise("case_sample.oversight_sufficient_percent >= 65%")));
        }

        [Fact]
        public void Not_is_pushed_down_to_the_comparisons()
        {
            Assert.True(Normalise("not (surveys.spo_induction_percent >= 50% and judgements.induction_effective)")
                .EquivalentTo(Normalise("surveys.spo_induction_percent < 50% or not judgements.induction_effective")));
        }

        [Fact]
        public void Between_and_not_equal_split_into_intervals()
        {
            Assert.Equal(2, Normalise("surveys.spo_induction_percent between 20% and 40%").Fails.Boxes.Count);
            Assert.Equal(2, Normalise("surveys.spo_induction_percent != 40%").Holds.Boxes.Count);
            Assert.True(Normalise("surveys.spo_induction_percent in [10%, 20%]").Implies(Normalise("surveys.spo_induction_percent between 10% and 20%")));
            Assert.True(Normalise("not (surveys.spo_induction_percent in [10%, 20%])").Implies(Normalise("surveys.spo_induction_percent != 10%")));
        }

        [Fact]
        public void Implication_follows_from_thresholds()
        {
            var strict = Normalise("case_sample.oversight_sufficient_percent >= 80%");
            var loose = Normalise("case_sample.oversight_sufficient_percent >= 65%");
            Assert.True(strict.Implies(loose));
            Assert.False(loose.Implies(strict));
            Assert.True(strict.Overlaps(loose));
            Assert.True(strict.DisjointFrom(Normalise("case_sample.oversight_sufficient_percent < 28%")));
        }

        [Fact]
        public void Text_with_no_fixed_values_can_still_be_compared()
        {
            var notWales = Normalise("pdu.region != \"Wales\"");
            Assert.False(notWales.IsTautology);
            Assert.True(notWales.DisjointFrom(Normalise("pdu.region == \"Wales\"")));
            Assert.True(Normalise("pdu.region == \"Wales\" or pdu.region != \"Wales\"").IsTautology);
        }

        [Fact]
        public void Comparisons_of_two_terms_are_propositions_recognised_with_their_opposite()
        {
            var form = Normalise("count(judgements.prompts where met) * 4 >= count(judgements.prompts) * 3");
            Assert.False(form.IsOpaque);
            Assert.True(form.DisjointFrom(Normalise("count(judgements.prompts where met) * 4 < count(judgements.prompts) * 3")));
            Assert.False(form.Implies(Normalise("count(judgements.prompts where met) * 2 >= count(judgements.prompts)")));
        }

        [Fact]
        public void Literal_conditions_are_everything_or_nothing()
        {
            Assert.True(Normalise("true").IsTautology);
            Assert.True(Normalise("false").IsContradiction);
            Assert.True(Normalise("judgements.induction_effective or true").IsTautology);
        }

        [Fact]
        public void Alternatives_on_one_field_that_each_need_a_different_value_cannot_all_hold()
        {
            Assert.True(Normalise("(surveys.spo_induction_percent == 1% or surveys.staff_workload_manageable_percent == 1%) and (surveys.spo_induction_percent == 2% or surveys.staff_workload_manageable_percent == 2%) and (surveys.spo_induction_percent == 3% or surveys.staff_workload_manageable_percent == 3%)").IsContradiction);
        }

        [Fact]
        public void A_long_chain_of_alternatives_gives_up_instead_of_blowing_up()
        {
            var parts = new System.Collections.Generic.List<string>();
            for (int i = 0; i < 20; i++)
            {
                parts.Add($"(count(judgements.prompts where key_question == \"Q{i}\") >= count(case_sample.cases) or count(judgements.prompts where prompt == \"R{i}\") >= count(case_sample.cases))");
            }

            var form = Normalise(string.Join(" and ", parts));
            Assert.True(form.Holds.IsOpaque);
            Assert.False(form.IsContradiction);
            Assert.False(form.IsTautology);
        }
    }
}
