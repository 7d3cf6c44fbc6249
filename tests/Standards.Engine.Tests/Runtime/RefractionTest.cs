using System.Collections.Generic;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: Match&lt;A&gt; whose activations must fire at most once per tuple.</summary>
    public class RefractionTest
    {
        private sealed record Item(int Value);

        private sealed record Marker(int Value);

        private static (Session Session, List<Item> Fired) CreateCounting()
        {
            var fired = new List<Item>();
            var rule = new RuleBuilder("count").Match<Item>().Then((_, m) => fired.Add((Item)m[0])).Build();
            return (new RuleSet([rule]).Compile().CreateSession(), fired);
        }

        [Fact]
        public void An_activation_fires_once_across_repeated_fire_calls()
        {
            var (session, fired) = CreateCounting();
            session.Insert(new Item(1));

            Assert.Equal(1, session.Fire().FiredCount);
            Assert.Equal(0, session.Fire().FiredCount);
            Assert.Single(fired);
        }

        [Fact]
        public void Inserting_the_same_instance_twice_is_a_no_op()
        {
            var (session, fired) = CreateCounting();
            var item = new Item(1);

            Assert.True(session.Insert(item));
            Assert.False(session.Insert(item));
            session.Fire();
            Assert.False(session.Insert(item));
            session.Fire();

            Assert.Single(fired);
            Assert.Equal(1, session.FactCount);
        }

        [Fact]
        public void Value_equal_but_distinct_instances_are_distinct_facts()
        {
            var (session, fired) = CreateCounting();
            var first = new Item(1);
            var second = new Item(1);
            Assert.Equal(first, second);

            session.Insert(first);
            session.Insert(second);
            session.Fire();

            Assert.Equal(2, fired.Count);
            Assert.Same(first, fired[0]);
            Assert.Same(second, fired[1]);
        }

        [Fact]
        public void Reinserting_a_matched_fact_from_its_own_action_does_not_loop()
        {
            var reinserted = new List<bool>();
            var rule = new RuleBuilder("echo").Match<Item>()
                .Then((ctx, m) => reinserted.Add(ctx.Insert(m[0])))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Item(1));

            var result = session.Fire(maxFirings: 10);

            Assert.Equal(1, result.FiredCount);
            Assert.Equal([false], reinserted);
        }

        [Fact]
        public void A_join_tuple_fires_once_even_when_unrelated_facts_keep_arriving()
        {
            var fired = 0;
            var pair = new RuleBuilder("pair").Priority(1).Match<Item>().Match<Marker>()
                .Then((_, _) => fired++)
                .Build();
            var feeder = new RuleBuilder("feeder").Match<Marker>(m => m.Value < 3)
                .Then((ctx, m) => ctx.Insert(new Marker(((Marker)m[0]).Value + 1)))
                .Build();
            var session = new RuleSet([pair, feeder]).Compile().CreateSession();
            session.Insert(new Item(0));
            session.Insert(new Marker(0));

            session.Fire();

            // One Item times four Markers (0..3): each pair exactly once.
            Assert.Equal(4, fired);
        }
    }
}
