using System.Linq;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: seven standard rules at one priority, the overall rule at a lower one.</summary>
    public class PriorityOrderTest
    {
        [Fact]
        public void Every_standard_rule_fires_before_the_overall_rule()
        {
            var session = ReferenceRulebook.Compiled.OpenSession(ExampleEvidence.Read("kent-surrey-sussex"));
            var fired = ExampleEvidence.RecordFirings(session.Session);
            session.Report();
            Assert.Equal("overall", fired.Last());
            Assert.All(fired.Take(fired.Count - 1), name => Assert.StartsWith("standard ", name));
            Assert.Equal(ReferenceRulebook.Compiled.Rulebook.Standards.Select(s => "standard " + s.Id).OrderBy(n => n),
                fired.Take(fired.Count - 1).OrderBy(n => n));
        }

        [Fact]
        public void Firing_order_is_identical_across_sessions()
        {
            var orders = Enumerable.Range(0, 3).Select(_ =>
            {
                var session = ReferenceRulebook.Compiled.OpenSession(ExampleEvidence.Read("wales-sentence-management"));
                var fired = ExampleEvidence.RecordFirings(session.Session);
                session.Report();
                return string.Join(",", fired);
            }).Distinct();
            Assert.Single(orders);
        }
    }
}
