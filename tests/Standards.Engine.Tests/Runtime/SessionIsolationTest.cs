using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: a chaining, joining, collecting rule set shared by many sessions.</summary>
    public class SessionIsolationTest
    {
        private sealed record Input(int Id, int Group);

        private sealed record Scored(int Id, int Group, int Score);

        private sealed record GroupTotal(int Group, int Total);

        private sealed record Tag(int Group);

        private static SessionFactory Factory() => new RuleSet(
        [
            new RuleBuilder("score").Priority(10).Match<Input>()
                .Then((ctx, m) =>
                {
                    var i = (Input)m[0];
                    ctx.Insert(new Scored(i.Id, i.Group, (i.Id * 37) % 11));
                })
                .Build(),
            new RuleBuilder("tag").Priority(5).Match<Input>(i => i.Id % 3 == 0)
                .Then((ctx, m) => ctx.Insert(new Tag(((Input)m[0]).Group)))
                .Build(),
            new RuleBuilder("total").Match<Tag>().Collect<Scored>()
                .Then((ctx, m) =>
                {
                    var group = ((Tag)m[0]).Group;
                    var total = ((IReadOnlyList<object>)m[1]).Cast<Scored>().Where(s => s.Group == group).Sum(s => s.Score);
                    ctx.Insert(new GroupTotal(group, total));
                })
                .Build(),
        ]).Compile();

        private static string Run(SessionFactory factory)
        {
            var session = factory.CreateSession();
            var trace = new List<string>();
            session.RuleFired += (_, e) => trace.Add(e.RuleId + ":" + string.Join(",", e.InsertedFacts));
            session.InsertAll(Enumerable.Range(0, 40).Select(i => new Input(i, i % 4)));
            var fired = session.Fire().FiredCount;
            return fired + "|" + string.Join(";", trace) + "|" + string.Join(";", session.Query<GroupTotal>());
        }

        [Fact]
        public void Two_sessions_from_one_factory_do_not_share_facts_or_refraction()
        {
            var factory = Factory();
            var first = factory.CreateSession();
            var second = factory.CreateSession();
            var shared = new Input(3, 1);

            first.Insert(shared);
            Assert.Equal(0, second.Fire().FiredCount);
            Assert.Empty(second.Query<object>());

            var firstResult = first.Fire();
            second.Insert(shared);
            var secondResult = second.Fire();

            Assert.Equal(3, firstResult.FiredCount);
            Assert.Equal(3, secondResult.FiredCount);
            Assert.Equal(first.Query<object>().Select(f => f.ToString()), second.Query<object>().Select(f => f.ToString()));
            Assert.NotSame(first.Query<Scored>().Single(), second.Query<Scored>().Single());
            Assert.Equal(4, first.FactCount);
        }

        [Fact]
        public async Task A_factory_used_from_many_threads_gives_identical_results()
        {
            var baseline = Run(Factory());
            Assert.StartsWith("68|", baseline, System.StringComparison.Ordinal);

            // Fresh factory: its per-type pattern cache is filled concurrently.
            var factory = Factory();
            var results = new ConcurrentBag<string>();
            using var start = new Barrier(8);
            var tasks = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    for (var run = 0; run < 10; run++)
                    {
                        results.Add(Run(factory));
                    }
                },
                TaskCreationOptions.LongRunning)).ToArray();
            await Task.WhenAll(tasks);

            Assert.Equal(80, results.Count);
            Assert.All(results, r => Assert.Equal(baseline, r));
        }
    }
}
