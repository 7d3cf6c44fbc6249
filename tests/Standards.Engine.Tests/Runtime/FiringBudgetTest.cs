using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: two rules feeding each other forever (a runaway chain).</summary>
    public class FiringBudgetTest
    {
        private sealed class Ping
        {
        }

        private sealed class Pong
        {
        }

        private sealed record Step(int N);

        private static SessionFactory PingPong() => new RuleSet(
        [
            new RuleBuilder("bystander").Priority(100).Match<Ping>().Then((_, _) => { }).Build(),
            new RuleBuilder("quiet").Match<Step>().Then((_, _) => { }).Build(),
            new RuleBuilder("ping").Match<Ping>().Then((ctx, _) => ctx.Insert(new Pong())).Build(),
            new RuleBuilder("pong").Match<Pong>().Then((ctx, _) => ctx.Insert(new Ping())).Build(),
        ]).Compile();

        [Fact]
        public void Runaway_chain_throws_naming_budget_and_most_frequent_rules()
        {
            var session = PingPong().CreateSession();
            session.Insert(new Ping());

            var ex = Assert.Throws<FiringBudgetExceededException>(() => session.Fire(maxFirings: 100));

            Assert.Equal(100, ex.Budget);
            // bystander fires on every Ping at priority 100, so the chain is
            // bystander, ping, pong, bystander, ping, pong, ... 100 firings = 34 + 33 + 33.
            Assert.Equal(
                new[]
                {
                    new KeyValuePair<string, int>("bystander", 34),
                    new KeyValuePair<string, int>("ping", 33),
                    new KeyValuePair<string, int>("pong", 33),
                },
                ex.TopRules);
            Assert.Contains("100", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'bystander' x34", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'ping' x33", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'pong' x33", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("quiet", ex.Message, StringComparison.Ordinal);
            Assert.IsNotType<RuleExecutionException>(ex);
        }

        [Fact]
        public void Default_budget_stops_an_unbounded_self_chain()
        {
            var rule = new RuleBuilder("forever").Match<Step>()
                .Then((ctx, m) => ctx.Insert(new Step(((Step)m[0]).N + 1)))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Step(0));

            var ex = Assert.Throws<FiringBudgetExceededException>(() => session.Fire());

            Assert.Equal(Session.DefaultMaxFirings, ex.Budget);
            Assert.Equal([new KeyValuePair<string, int>("forever", Session.DefaultMaxFirings)], ex.TopRules);
            Assert.Equal(Session.DefaultMaxFirings + 1, session.Query<Step>().Count);
        }

        [Fact]
        public void Reaching_a_fixed_point_in_exactly_the_budget_does_not_throw()
        {
            var rule = new RuleBuilder("five").Match<Step>(s => s.N < 5)
                .Then((ctx, m) => ctx.Insert(new Step(((Step)m[0]).N + 1)))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Step(0));

            Assert.Equal(5, session.Fire(maxFirings: 5).FiredCount);
            Assert.Equal(5, session.Query<Step>().Max(s => s.N));
        }

        [Fact]
        public void One_more_than_the_budget_throws()
        {
            var rule = new RuleBuilder("five").Match<Step>(s => s.N < 5)
                .Then((ctx, m) => ctx.Insert(new Step(((Step)m[0]).N + 1)))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Step(0));

            var ex = Assert.Throws<FiringBudgetExceededException>(() => session.Fire(maxFirings: 4));
            Assert.Equal([new KeyValuePair<string, int>("five", 4)], ex.TopRules);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        public void Non_positive_budget_is_rejected(int budget)
        {
            var session = PingPong().CreateSession();
            Assert.Throws<ArgumentOutOfRangeException>(() => session.Fire(budget));
        }
    }
}
