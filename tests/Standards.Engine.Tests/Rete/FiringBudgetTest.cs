using System.Linq;
using Standards.Engine.Rete;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: the whole chain fired under a budget of rules per call.</summary>
    public class FiringBudgetTest
    {
        [Fact]
        public void A_budget_stops_the_session_after_that_many_firings_and_the_next_call_carries_on()
        {
            var session = ReferenceRulebook.Compiled.OpenSession(ExampleEvidence.Read("national-picture"));
            Assert.Equal(3, session.Fire(3));
            Assert.Equal(3, session.Session.Query<RatedStandard>().AsEnumerable().Count());
            Assert.Empty(session.Session.Query<RatedPdu>().AsEnumerable());
            Assert.Equal(ReferenceRulebook.Compiled.Rulebook.Standards.Count + 1 - 3, session.Fire());
            Assert.Single(session.Session.Query<RatedPdu>().AsEnumerable());
        }

        [Fact]
        public void A_rating_under_budgets_equals_one_fired_at_once()
        {
            var evidence = ExampleEvidence.Read("partial-evidence");
            var whole = ReferenceRulebook.Compiled.Rate(evidence);
            var session = ReferenceRulebook.Compiled.OpenSession(evidence);
            while (session.Fire(2) == 2)
            {
            }

            var stepped = session.Report();
            Assert.Equal(whole.Overall.Range.ToIdText(), stepped.Overall.Range.ToIdText());
            Assert.Equal(whole.Standards.Select(s => s.Range.ToIdText()), stepped.Standards.Select(s => s.Range.ToIdText()));
        }
    }
}
