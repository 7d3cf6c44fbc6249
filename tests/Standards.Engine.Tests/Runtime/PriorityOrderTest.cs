using System.Collections.Generic;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: several rules on the same fact type with different or equal priorities.</summary>
    public class PriorityOrderTest
    {
        private sealed record Item(int Value);

        private sealed record Derived(int Value);

        private static ProductionRule Logging(string id, int priority, List<string> log) =>
            new RuleBuilder(id)
                .Priority(priority)
                .Match<Item>()
                .Then((_, m) => log.Add($"{id}:{((Item)m[0]).Value}"))
                .Build();

        [Fact]
        public void Higher_priority_fires_first_regardless_of_declaration_order()
        {
            var log = new List<string>();
            var session = new RuleSet(
            [
                Logging("low", -5, log),
                Logging("high", 10, log),
                Logging("mid", 0, log),
            ]).Compile().CreateSession();
            session.Insert(new Item(1));

            session.Fire();

            Assert.Equal(["high:1", "mid:1", "low:1"], log);
        }

        [Fact]
        public void Equal_priority_breaks_ties_by_declaration_order_then_fact_insertion_order()
        {
            var log = new List<string>();
            var session = new RuleSet([Logging("first", 0, log), Logging("second", 0, log)]).Compile().CreateSession();
            // Values deliberately not sorted: insertion order, not value order, must win.
            session.InsertAll([new Item(3), new Item(1), new Item(2)]);

            session.Fire();

            Assert.Equal(
                ["first:3", "first:1", "first:2", "second:3", "second:1", "second:2"],
                log);
        }

        [Fact]
        public void A_derived_higher_priority_activation_preempts_pending_lower_ones()
        {
            var log = new List<string>();
            var producer = new RuleBuilder("producer").Priority(5).Match<Item>()
                .Then((ctx, m) =>
                {
                    log.Add("producer");
                    ctx.Insert(new Derived(((Item)m[0]).Value));
                })
                .Build();
            var consumer = new RuleBuilder("consumer").Priority(10).Match<Derived>()
                .Then((_, _) => log.Add("consumer"))
                .Build();
            var session = new RuleSet([Logging("low", 0, log), producer, consumer]).Compile().CreateSession();
            session.InsertAll([new Item(1), new Item(2)]);

            session.Fire();

            Assert.Equal(["producer", "consumer", "producer", "consumer", "low:1", "low:2"], log);
        }

        [Fact]
        public void Firing_order_is_identical_across_sessions()
        {
            var log = new List<string>();
            var factory = new RuleSet(
            [
                Logging("a", 1, log),
                Logging("b", 1, log),
                Logging("c", 2, log),
                Logging("d", 0, log),
            ]).Compile();
            List<string>? first = null;
            for (var run = 0; run < 20; run++)
            {
                log.Clear();
                var session = factory.CreateSession();
                for (var i = 0; i < 30; i++)
                {
                    session.Insert(new Item((i * 7) % 30));
                }

                session.Fire();
                first ??= new List<string>(log);
                Assert.Equal(first, log);
            }

            Assert.Equal(120, first!.Count);
            Assert.StartsWith("c:", first[0]);
            Assert.StartsWith("d:", first[^1]);
        }
    }
}
