using System;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: a filter, join or action that throws.</summary>
    public class RuleExecutionErrorTest
    {
        private sealed record Item(int Value);

        private static RuleExecutionException FireExpectingFailure(ProductionRule rule)
        {
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Item(1));
            return Assert.Throws<RuleExecutionException>(() => session.Fire());
        }

        [Fact]
        public void Throwing_filter_is_wrapped_with_rule_id_source_and_pattern()
        {
            var rule = new RuleBuilder("bad-filter").Source("rules/p1.2.yaml:40")
                .Match<Item>(_ => throw new InvalidOperationException("boom"))
                .Then((_, _) => { })
                .Build();

            var ex = FireExpectingFailure(rule);

            Assert.Equal("bad-filter", ex.RuleId);
            Assert.Equal("rules/p1.2.yaml:40", ex.RuleSource);
            Assert.Equal("filter of pattern 0", ex.Phase);
            Assert.IsType<InvalidOperationException>(ex.InnerException);
            Assert.Contains("'bad-filter'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("rules/p1.2.yaml:40", ex.Message, StringComparison.Ordinal);
            Assert.Contains("boom", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Throwing_join_is_wrapped()
        {
            var rule = new RuleBuilder("bad-join").Source("j.yaml:2")
                .Match<Item>()
                .Join(_ => throw new ArithmeticException("div"))
                .Then((_, _) => { })
                .Build();

            var ex = FireExpectingFailure(rule);

            Assert.Equal("bad-join", ex.RuleId);
            Assert.Equal("join condition", ex.Phase);
            Assert.IsType<ArithmeticException>(ex.InnerException);
        }

        [Fact]
        public void Throwing_action_is_wrapped_and_names_unknown_source()
        {
            var rule = new RuleBuilder("bad-action")
                .Match<Item>()
                .Then((_, _) => throw new NotSupportedException("nope"))
                .Build();

            var ex = FireExpectingFailure(rule);

            Assert.Equal("bad-action", ex.RuleId);
            Assert.Null(ex.RuleSource);
            Assert.Equal("action", ex.Phase);
            Assert.IsType<NotSupportedException>(ex.InnerException);
            Assert.Contains("unknown", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Action_context_cannot_be_used_after_the_action_returned()
        {
            IActionContext? captured = null;
            var rule = new RuleBuilder("capture").Match<Item>().Then((ctx, _) => captured = ctx).Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Item(1));
            session.Fire();

            Assert.NotNull(captured);
            Assert.Equal("capture", captured!.RuleId);
            Assert.Throws<InvalidOperationException>(() => captured.Insert(new Item(2)));
            Assert.Single(session.Query<Item>());
        }

        [Fact]
        public void Fire_cannot_be_reentered_from_an_event_handler()
        {
            var rule = new RuleBuilder("r").Match<Item>().Then((_, _) => { }).Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            Exception? inner = null;
            session.RuleFiring += (_, _) => inner = Record.Exception(() => session.Fire());
            session.Insert(new Item(1));

            Assert.Equal(1, session.Fire().FiredCount);
            Assert.IsType<InvalidOperationException>(inner);
        }
    }
}
