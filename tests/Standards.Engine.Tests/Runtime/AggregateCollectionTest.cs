using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: Collect&lt;A&gt;(filter) [+ Match&lt;B&gt;] =&gt; insert summary.</summary>
    public class AggregateCollectionTest
    {
        private sealed record Case(int Id, bool Compliant);

        private sealed record Input(int Id);

        private sealed record Team(string Name);

        private sealed record Member(string Team, int Id);

        private sealed record Summary(string Label, int[] Ids);

        private static ProductionRule Summarise(string id, int priority = 0) =>
            new RuleBuilder(id).Priority(priority)
                .Collect<Case>(c => c.Compliant)
                .Then((ctx, m) => ctx.Insert(new Summary(id, ((IReadOnlyList<object>)m[0]).Cast<Case>().Select(c => c.Id).ToArray())))
                .Build();

        [Fact]
        public void Collects_matching_facts_in_insertion_order_as_one_element()
        {
            var session = new RuleSet([Summarise("compliant")]).Compile().CreateSession();
            session.InsertAll([new Case(3, true), new Case(1, false), new Case(2, true)]);

            Assert.Equal(1, session.Fire().FiredCount);

            var summary = Assert.Single(session.Query<Summary>());
            Assert.Equal([3, 2], summary.Ids);
        }

        [Fact]
        public void An_empty_collection_still_matches()
        {
            var session = new RuleSet([Summarise("compliant")]).Compile().CreateSession();
            session.Insert(new Case(1, false));

            Assert.Equal(1, session.Fire().FiredCount);
            Assert.Empty(Assert.Single(session.Query<Summary>()).Ids);
        }

        [Fact]
        public void Join_can_require_a_non_empty_collection()
        {
            var rule = new RuleBuilder("non-empty")
                .Collect<Case>()
                .Join(m => ((IReadOnlyList<object>)m[0]).Count > 0)
                .Then((_, _) => { })
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();

            Assert.Equal(0, session.Fire().FiredCount);
            session.Insert(new Case(1, true));
            Assert.Equal(1, session.Fire().FiredCount);
        }

        [Fact]
        public void Pending_stale_collection_is_superseded_when_producers_fire_first()
        {
            var derive = new RuleBuilder("derive").Priority(10).Match<Input>()
                .Then((ctx, m) => ctx.Insert(new Case(((Input)m[0]).Id, true)))
                .Build();
            var session = new RuleSet([Summarise("count"), derive]).Compile().CreateSession();
            session.InsertAll([new Input(1), new Input(2), new Input(3)]);

            Assert.Equal(3 + 1, session.Fire().FiredCount);

            var summary = Assert.Single(session.Query<Summary>());
            Assert.Equal([1, 2, 3], summary.Ids);
        }

        [Fact]
        public void A_changed_collection_after_firing_is_a_new_activation()
        {
            var derive = new RuleBuilder("derive").Match<Input>()
                .Then((ctx, m) => ctx.Insert(new Case(((Input)m[0]).Id, true)))
                .Build();
            var session = new RuleSet([Summarise("count", priority: 10), derive]).Compile().CreateSession();
            session.InsertAll([new Input(1), new Input(2)]);

            session.Fire();

            Assert.Equal(
                new[] { "", "1", "1,2" },
                session.Query<Summary>().Select(s => string.Join(",", s.Ids)));
        }

        [Fact]
        public void Facts_failing_the_filter_do_not_change_the_collection()
        {
            var session = new RuleSet([Summarise("compliant")]).Compile().CreateSession();
            session.Insert(new Case(1, true));
            Assert.Equal(1, session.Fire().FiredCount);

            session.Insert(new Case(2, false));

            Assert.Equal(0, session.Fire().FiredCount);
            session.Insert(new Case(3, true));
            Assert.Equal(1, session.Fire().FiredCount);
            Assert.Equal([1, 3], session.Query<Summary>()[^1].Ids);
        }

        [Fact]
        public void Collect_combined_with_a_single_pattern_yields_one_activation_per_single_fact()
        {
            var counts = new List<string>();
            var rule = new RuleBuilder("team-size")
                .Match<Team>()
                .Collect<Member>()
                .Then((_, m) =>
                {
                    var team = (Team)m[0];
                    var members = ((IReadOnlyList<object>)m[1]).Cast<Member>().Count(x => x.Team == team.Name);
                    counts.Add($"{team.Name}={members}");
                })
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.InsertAll(
            [
                new Member("red", 1), new Member("blue", 2), new Member("red", 3),
                new Team("red"), new Team("blue"), new Team("green"),
            ]);

            Assert.Equal(3, session.Fire().FiredCount);
            Assert.Equal(["red=2", "blue=1", "green=0"], counts);
        }
    }
}
