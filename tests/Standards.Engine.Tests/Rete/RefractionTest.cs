using System.Linq;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: each rule's match fires once; the overall rule's growing collection fires it once, when complete.</summary>
    public class RefractionTest
    {
        [Fact]
        public void Each_rule_fires_once_and_firing_again_fires_nothing()
        {
            var session = ReferenceRulebook.Compiled.OpenSession(ExampleEvidence.Read("national-picture"));
            var fired = ExampleEvidence.RecordFirings(session.Session);
            var report = session.Report();
            Assert.Equal(ReferenceRulebook.Compiled.Rulebook.Standards.Count + 1, report.Firings);
            Assert.All(fired.GroupBy(n => n), g => Assert.Single(g));
            Assert.Equal(0, session.Fire());
            Assert.Equal(report.Firings, session.Report().Firings);
        }

        [Fact]
        public void Updating_with_the_same_sections_fires_nothing()
        {
            var evidence = ExampleEvidence.Read("national-picture");
            var session = ReferenceRulebook.Compiled.OpenSession(evidence);
            session.Report();
            Assert.Equal(0, session.Update(evidence));
            Assert.Equal(0, session.Fire());
        }
    }
}
