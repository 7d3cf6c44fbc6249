using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: filtered two-fact join deriving a fact, observed through session events.</summary>
    public class EventsTest
    {
        private sealed record Order(int Id, decimal Total);

        private sealed record Customer(int Id);

        private sealed record Discount(int OrderId);

        private static SessionFactory Factory() => new RuleSet(
        [
            new RuleBuilder("discount")
                .Match<Order>(o => o.Total > 100)
                .Match<Customer>()
                .Join(m => ((Order)m[0]).Id == ((Customer)m[1]).Id)
                .Then((ctx, m) => ctx.Insert(new Discount(((Order)m[0]).Id)))
                .Build(),
        ]).Compile();

        private static List<string> Record(ISessionEvents events)
        {
            var log = new List<string>();
            events.FactInserted += (_, e) => log.Add($"inserted {e.Fact} by {e.ByRuleId ?? "caller"}");
            events.ConditionEvaluated += (_, e) => log.Add(
                $"condition {e.RuleId}[{e.PatternIndex}] on {(e.Fact is IReadOnlyList<object> t ? string.Join("+", t) : e.Fact)} = {e.Result}");
            events.RuleFiring += (_, e) => log.Add($"firing {e.RuleId} ({string.Join("+", e.Tuple)})");
            events.RuleFired += (_, e) => log.Add($"fired {e.RuleId} inserted [{string.Join(",", e.InsertedFacts)}]");
            return log;
        }

        [Fact]
        public void Events_report_inserts_conditions_and_firings_in_order()
        {
            var session = Factory().CreateSession();
            var log = Record(session);

            session.Insert(new Order(1, 150m));
            session.Insert(new Order(2, 50m));
            session.Insert(new Customer(1));
            session.Fire();

            Assert.Equal(
                [
                    "inserted Order { Id = 1, Total = 150 } by caller",
                    "inserted Order { Id = 2, Total = 50 } by caller",
                    "inserted Customer { Id = 1 } by caller",
                    "condition discount[0] on Order { Id = 1, Total = 150 } = True",
                    "condition discount[0] on Order { Id = 2, Total = 50 } = False",
                    "condition discount[-1] on Order { Id = 1, Total = 150 }+Customer { Id = 1 } = True",
                    "firing discount (Order { Id = 1, Total = 150 }+Customer { Id = 1 })",
                    "inserted Discount { OrderId = 1 } by discount",
                    "fired discount inserted [Discount { OrderId = 1 }]",
                ],
                log);
        }

        [Fact]
        public void Condition_events_report_failed_joins_and_are_not_repeated_across_fire_calls()
        {
            var session = Factory().CreateSession();
            var conditions = new List<ConditionEvaluatedEventArgs>();
            session.ConditionEvaluated += (_, e) => conditions.Add(e);

            session.Insert(new Order(1, 150m));
            session.Insert(new Customer(2));
            session.Fire();
            session.Fire();

            Assert.Equal(2, conditions.Count);
            Assert.Equal(0, conditions[0].PatternIndex);
            Assert.True(conditions[0].Result);
            Assert.Equal(ConditionEvaluatedEventArgs.JoinConditionIndex, conditions[1].PatternIndex);
            Assert.False(conditions[1].Result);
            Assert.Equal("discount", conditions[1].Rule.Id);
        }

        [Fact]
        public void Unsubscribed_handlers_receive_nothing()
        {
            var session = Factory().CreateSession();
            var count = 0;
            void Handler(object? sender, RuleFiredEventArgs e) => count++;
            session.RuleFired += Handler;
            session.Insert(new Order(1, 150m));
            session.Insert(new Customer(1));
            session.Fire();
            session.RuleFired -= Handler;

            session.Insert(new Order(2, 150m));
            session.Insert(new Customer(2));
            Assert.Equal(1, session.Fire().FiredCount);

            Assert.Equal(1, count);
        }

        [Fact]
        public void Sender_is_the_session_and_inserted_facts_are_empty_when_nothing_was_derived()
        {
            var factory = new RuleSet([new RuleBuilder("noop").Match<Customer>().Then((_, _) => { }).Build()]).Compile();
            var session = factory.CreateSession();
            object? sender = null;
            RuleFiredEventArgs? fired = null;
            session.RuleFired += (s, e) => (sender, fired) = (s, e);
            var customer = new Customer(1);
            session.Insert(customer);

            session.Fire();

            Assert.Same(session, sender);
            Assert.NotNull(fired);
            Assert.Empty(fired!.InsertedFacts);
            Assert.Same(customer, fired.Tuple.Single());
        }
    }
}
