using System;
using System.Collections.Generic;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: the definition model itself (builder, rule set, zero-pattern rules).</summary>
    public class RuleDefinitionTest
    {
        private sealed record Item(int Value);

        [Fact]
        public void Builder_produces_the_declared_model()
        {
            var rule = new RuleBuilder("r1").Priority(7).Source("rules/x.yaml:3")
                .Match<Item>(i => i.Value > 1)
                .Collect<string>()
                .Join(_ => true)
                .Then((_, _) => { })
                .Build();

            Assert.Equal("r1", rule.Id);
            Assert.Equal(7, rule.Priority);
            Assert.Equal("rules/x.yaml:3", rule.Source);
            Assert.Equal(2, rule.Patterns.Count);
            Assert.Equal(typeof(Item), rule.Patterns[0].FactType);
            Assert.False(rule.Patterns[0].IsCollection);
            Assert.True(rule.Patterns[0].Filter!(new Item(2)));
            Assert.False(rule.Patterns[0].Filter!(new Item(1)));
            Assert.True(rule.Patterns[1].IsCollection);
            Assert.Null(rule.Patterns[1].Filter);
            Assert.NotNull(rule.Join);
            Assert.Equal("r1 (rules/x.yaml:3)", rule.ToString());
        }

        [Fact]
        public void Several_joins_are_combined_with_and_and_several_actions_run_in_order()
        {
            var log = new List<string>();
            var rule = new RuleBuilder("r")
                .Match<Item>()
                .Join(m => ((Item)m[0]).Value > 1)
                .Join(m => ((Item)m[0]).Value < 4)
                .Then((_, m) => log.Add("a" + ((Item)m[0]).Value))
                .Then((_, m) => log.Add("b" + ((Item)m[0]).Value))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.InsertAll([new Item(1), new Item(2), new Item(3), new Item(4)]);

            session.Fire();

            Assert.Equal(["a2", "b2", "a3", "b3"], log);
        }

        [Fact]
        public void Build_without_action_and_duplicate_ids_are_rejected()
        {
            Assert.Throws<InvalidOperationException>(() => new RuleBuilder("r").Match<Item>().Build());
            Assert.Throws<ArgumentException>(() => new RuleBuilder(" "));
            var rule = new RuleBuilder("r").Then((_, _) => { }).Build();
            var ex = Assert.Throws<ArgumentException>(() => new RuleSet([rule, rule]));
            Assert.Contains("'r'", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_rule_without_patterns_fires_once_per_session()
        {
            var rule = new RuleBuilder("always").Then((ctx, _) => ctx.Insert(new Item(0))).Build();
            var factory = new RuleSet([rule]).Compile();
            var session = factory.CreateSession();

            Assert.Equal(1, session.Fire().FiredCount);
            Assert.Equal(0, session.Fire().FiredCount);
            Assert.Single(session.Query<Item>());
            Assert.Equal(1, factory.CreateSession().Fire().FiredCount);
        }

        [Fact]
        public void Null_facts_are_rejected()
        {
            var session = new RuleSet([]).Compile().CreateSession();
            Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
        }
    }
}
