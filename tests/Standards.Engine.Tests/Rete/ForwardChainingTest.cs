using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Rete;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: standard rules insert <see cref="RatedStandard"/> facts; the overall rule collects them and inserts <see cref="RatedPdu"/>.</summary>
    public class ForwardChainingTest
    {
        [Fact]
        public void The_overall_rule_fires_on_the_ratings_the_standard_rules_inserted()
        {
            var compiled = ReferenceRulebook.Compiled;
            var session = compiled.OpenSession(ExampleEvidence.Read("national-picture"));
            var overallFacts = new List<RatedStandard>();
            session.Session.Events.RuleFiredEvent += (_, e) =>
            {
                if (e.Rule.Name == "overall") overallFacts.AddRange(e.Facts.Select(f => f.Value).OfType<IEnumerable<RatedStandard>>().SelectMany(c => c));
            };

            var report = session.Report();

            var rated = session.Session.Query<RatedStandard>().AsEnumerable().ToList();
            Assert.Equal(compiled.Rulebook.Standards.Count, rated.Count);
            Assert.All(rated, r => Assert.Contains(r, overallFacts));
            var pdu = Assert.Single(session.Session.Query<RatedPdu>().AsEnumerable());
            Assert.Same(pdu.Overall, report.Overall);
            Assert.Equal("inadequate", report.Overall.Range.ToIdText());
        }

        [Fact]
        public void Nothing_is_rated_before_the_rules_fire()
        {
            var session = ReferenceRulebook.Compiled.OpenSession(ExampleEvidence.Read("national-picture"));
            Assert.Empty(session.Session.Query<RatedStandard>().AsEnumerable());
            Assert.Equal(ReferenceRulebook.Compiled.Rulebook.Standards.Count, session.Fire(ReferenceRulebook.Compiled.Rulebook.Standards.Count));
            Assert.Empty(session.Session.Query<RatedPdu>().AsEnumerable());
            Assert.Equal(1, session.Fire());
            Assert.Single(session.Session.Query<RatedPdu>().AsEnumerable());
        }
    }
}
