using System.Linq;
using NRules.RuleModel;
using Standards.Engine.Facts;
using Standards.Engine.Rete;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: a live session whose evidence sections are updated after the chain has fired.</summary>
    public class UpdatedSectionTest
    {
        private static PduEvidence WithSickness(PduEvidence evidence, double daysLost) =>
            LiveSessionProperties.With(evidence, typeof(PduEvidence).GetProperty(nameof(PduEvidence.Sickness))!,
                new SicknessAndAttrition { DaysLostPerFte = daysLost, AttritionPercent = evidence.Sickness?.AttritionPercent });

        private static bool Reads<T>(IRuleDefinition rule)
            where T : class =>
            rule.LeftHandSide.ChildElements.OfType<PatternElement>().Any(p => p.ValueType == typeof(EvidenceSection<T>));

        [Fact]
        public void Updating_one_section_refires_only_the_rules_that_read_it_and_the_overall_rule()
        {
            var compiled = ReferenceRulebook.Compiled;
            var evidence = ExampleEvidence.Read("wales-sentence-management");
            var session = compiled.OpenSession(evidence);
            session.Report();
            var fired = ExampleEvidence.RecordFirings(session.Session);

            Assert.Equal(1, session.Update(WithSickness(evidence, 13)));
            var updated = session.Report();

            var readers = compiled.Rules.Where(Reads<SicknessAndAttrition>).Select(r => r.Name).ToList();
            Assert.NotEmpty(readers);
            Assert.True(readers.Count < compiled.Rulebook.Standards.Count, "every standard reads sickness, so the test shows nothing");
            Assert.Equal(readers.Append("overall").OrderBy(n => n), fired.OrderBy(n => n));
            Assert.Equal(RatingProperties.Describe(compiled.Rate(WithSickness(evidence, 13)), firings: false), RatingProperties.Describe(updated, firings: false));
        }

        [Fact]
        public void A_section_that_goes_missing_turns_outcomes_unknown_and_back()
        {
            var compiled = ReferenceRulebook.Compiled;
            var evidence = ExampleEvidence.Read("national-picture");
            var session = compiled.OpenSession(evidence);
            var before = RatingProperties.Describe(session.Report(), firings: false);
            var without = RandomEvidence.Clone(evidence);
            without.Sickness = null;
            session.Update(without);
            var missing = session.Report();
            Assert.Contains(missing.Standards.SelectMany(s => s.MissingEvidence), p => p.StartsWith("sickness.", System.StringComparison.Ordinal));
            session.Update(evidence);
            Assert.Equal(before, RatingProperties.Describe(session.Report(), firings: false));
        }

        [Fact]
        public void The_trace_names_each_firing_its_source_and_whether_it_was_a_re_fire()
        {
            var compiled = ReferenceRulebook.Compiled;
            var evidence = ExampleEvidence.Read("wales-sentence-management");
            var session = compiled.OpenSession(evidence);
            session.Report();
            session.Update(WithSickness(evidence, 13));
            session.Report();

            var first = session.Trace.Take(compiled.Rulebook.Standards.Count + 1).ToList();
            Assert.All(first, f => Assert.Equal(ActionTrigger.Activated, f.Trigger));
            var p12 = Assert.Single(first, f => f.Rule == "standard P1.2");
            Assert.Equal("rules/standards/P1.2-staffing.yaml:24", p12.Source);
            Assert.Equal("P1.2", Assert.IsType<RatedStandard>(p12.Result).Rating.Standard.Id);
            var refired = session.Trace.Skip(first.Count).ToList();
            Assert.NotEmpty(refired);
            Assert.All(refired, f => Assert.Equal(ActionTrigger.Reactivated, f.Trigger));
            Assert.IsType<RatedPdu>(refired.Last().Result);
            Assert.Equal(session.Firings, session.Trace.Count);
        }
    }
}
