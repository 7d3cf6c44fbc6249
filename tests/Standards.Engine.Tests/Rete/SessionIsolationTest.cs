using System.Linq;
using System.Threading.Tasks;
using Standards.Engine.Rating;
using Standards.Engine.Rete;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: many sessions from one session factory, in turn and at once.</summary>
    public class SessionIsolationTest
    {
        private static string Describe(RatingReport report) =>
            report.PduName + ":" + report.Overall.Range.ToIdText() + ":" + string.Join(",", report.Standards.Select(s => s.Range.ToIdText())) + ":" + report.Firings;

        [Fact]
        public void Two_open_sessions_from_one_factory_do_not_share_facts()
        {
            var compiled = ReferenceRulebook.Compiled;
            var first = compiled.OpenSession(ExampleEvidence.Read("national-picture"));
            var second = compiled.OpenSession(ExampleEvidence.Read("wales-sentence-management"));
            var firstReport = first.Report();
            Assert.Empty(second.Session.Query<RatedStandard>().AsEnumerable());
            var secondReport = second.Report();
            Assert.All(first.Session.Query<RatedStandard>().AsEnumerable(), r => Assert.Same(first.Key, r.Key));
            Assert.All(second.Session.Query<RatedStandard>().AsEnumerable(), r => Assert.Same(second.Key, r.Key));
            Assert.NotEqual(Describe(firstReport), Describe(secondReport));
            Assert.Equal(Describe(compiled.Rate(ExampleEvidence.Read("national-picture"))), Describe(firstReport));
        }

        [Fact]
        public void Concurrent_sessions_give_the_same_reports_as_sequential_ones()
        {
            var compiled = ReferenceRulebook.Compiled;
            var evidence = ExampleEvidence.Names.Select(ExampleEvidence.Read).ToArray();
            var sequential = evidence.Select(e => Describe(compiled.Rate(e))).ToArray();
            var concurrent = new string[evidence.Length * 8];
            Parallel.For(0, concurrent.Length, i => concurrent[i] = Describe(compiled.Rate(evidence[i % evidence.Length])));
            for (var i = 0; i < concurrent.Length; i++) Assert.Equal(sequential[i % evidence.Length], concurrent[i]);
        }
    }
}
