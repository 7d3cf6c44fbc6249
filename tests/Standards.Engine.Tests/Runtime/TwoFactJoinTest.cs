using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: Match&lt;A&gt;(filter), Match&lt;B&gt;(), Join(a, b) =&gt; insert C.</summary>
    public class TwoFactJoinTest
    {
        private sealed record Order(int Id, decimal Total, int CustomerId);

        private sealed record Customer(int Id, string Name);

        private sealed record Discount(int OrderId, string CustomerName);

        private static ProductionRule DiscountRule() =>
            new RuleBuilder("discount")
                .Source("rules/test.yaml:1")
                .Match<Order>(o => o.Total > 100)
                .Match<Customer>()
                .Join(m => ((Order)m[0]).CustomerId == ((Customer)m[1]).Id)
                .Then((ctx, m) => ctx.Insert(new Discount(((Order)m[0]).Id, ((Customer)m[1]).Name)))
                .Build();

        [Fact]
        public void Fires_once_for_each_pair_that_passes_filters_and_join()
        {
            var session = new RuleSet([DiscountRule()]).Compile().CreateSession();
            session.InsertAll(
            [
                new Customer(1, "Ann"),
                new Order(10, 150m, 1),
                new Order(11, 50m, 1),   // filtered out by the pattern
                new Order(12, 500m, 2),
                new Customer(2, "Bob"),
                new Order(13, 101m, 3),  // no such customer: join fails
            ]);

            var result = session.Fire();

            Assert.Equal(2, result.FiredCount);
            Assert.Equal(
                new[] { new Discount(10, "Ann"), new Discount(12, "Bob") },
                session.Query<Discount>());
        }

        [Fact]
        public void Join_receives_tuple_in_pattern_order()
        {
            var seen = new List<string>();
            var rule = new RuleBuilder("types")
                .Match<Customer>().Match<Order>()
                .Join(m =>
                {
                    seen.Add(m[0].GetType().Name + "," + m[1].GetType().Name);
                    return true;
                })
                .Then((_, _) => { })
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new Order(1, 1m, 1));
            session.Insert(new Customer(1, "Ann"));

            session.Fire();

            Assert.Equal(["Customer,Order"], seen);
        }

        [Fact]
        public void No_activation_when_one_pattern_has_no_fact()
        {
            var session = new RuleSet([DiscountRule()]).Compile().CreateSession();
            session.Insert(new Order(10, 150m, 1));

            Assert.Equal(0, session.Fire().FiredCount);
            Assert.Empty(session.Query<Discount>());
        }

        [Fact]
        public void Same_type_twice_forms_ordered_pairs_including_self_pairs_unless_joined_away()
        {
            var pairs = new List<(int, int)>();
            var all = new RuleBuilder("all-pairs")
                .Match<Order>().Match<Order>()
                .Then((_, m) => pairs.Add((((Order)m[0]).Id, ((Order)m[1]).Id)))
                .Build();
            var distinct = new RuleBuilder("distinct-pairs")
                .Match<Order>().Match<Order>()
                .Join(m => ((Order)m[0]).Id < ((Order)m[1]).Id)
                .Then((_, _) => { })
                .Build();
            var session = new RuleSet([all, distinct]).Compile().CreateSession();
            session.InsertAll([new Order(1, 0m, 0), new Order(2, 0m, 0), new Order(3, 0m, 0)]);

            var result = session.Fire();

            Assert.Equal(9 + 3, result.FiredCount);
            Assert.Equal(
                new[] { (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (3, 3) },
                pairs);
        }

        [Fact]
        public void Pattern_on_a_base_type_matches_derived_types()
        {
            var names = new List<string>();
            var rule = new RuleBuilder("any-object-with-customer")
                .Match<object>(o => o is not Customer).Match<Customer>()
                .Then((_, m) => names.Add(m[0].GetType().Name))
                .Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.InsertAll([new Customer(1, "Ann"), new Order(1, 1m, 1), "text"]);

            session.Fire();

            Assert.Equal(["Order", "String"], names);
        }

        [Property(MaxTest = 300)]
        public bool Firing_count_equals_the_relational_join(byte[] orderCustomerIds, byte[] customerIds, byte chunk)
        {
            var orders = orderCustomerIds.Select((c, i) => new Order(i, 200m + i, c % 5)).ToList();
            var customers = customerIds.Select(c => new Customer(c % 5, "c" + c)).ToList();
            var session = new RuleSet([DiscountRule()]).Compile().CreateSession();

            // Interleave both fact types and fire after every chunk, so incremental matching
            // (old x new and new x new facts on both patterns) is exercised.
            var mixed = new List<object>();
            for (var i = 0; i < System.Math.Max(orders.Count, customers.Count); i++)
            {
                if (i < customers.Count)
                {
                    mixed.Add(customers[i]);
                }

                if (i < orders.Count)
                {
                    mixed.Add(orders[i]);
                }
            }

            var size = 1 + (chunk % 4);
            var fired = 0;
            foreach (var part in mixed.Chunk(size))
            {
                session.InsertAll(part);
                fired += session.Fire().FiredCount;
            }

            var expected = orders.Sum(o => customers.Count(c => c.Id == o.CustomerId));
            return fired == expected && session.Query<Discount>().Count == expected;
        }
    }
}
