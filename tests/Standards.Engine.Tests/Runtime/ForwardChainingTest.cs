using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Runtime;
using Xunit;

namespace Standards.Engine.Tests.Runtime
{
    /// <summary>Rule shape: Match&lt;A&gt; =&gt; insert B; Match&lt;B&gt; =&gt; insert C; and self-chaining.</summary>
    public class ForwardChainingTest
    {
        private sealed record A(int Value);

        private sealed record B(int Value);

        private sealed record C(int Value);

        private sealed record Counter(int N);

        [Fact]
        public void Derived_facts_activate_rules_declared_earlier_and_later()
        {
            // Declared in reverse chain order so the C rule can only fire on a derived B.
            var bToC = new RuleBuilder("b-to-c").Match<B>().Then((ctx, m) => ctx.Insert(new C(((B)m[0]).Value * 10))).Build();
            var aToB = new RuleBuilder("a-to-b").Match<A>().Then((ctx, m) => ctx.Insert(new B(((A)m[0]).Value + 1))).Build();
            var session = new RuleSet([bToC, aToB]).Compile().CreateSession();
            session.InsertAll([new A(1), new A(2)]);

            var result = session.Fire();

            Assert.Equal(4, result.FiredCount);
            Assert.Equal([new B(2), new B(3)], session.Query<B>());
            Assert.Equal([new C(20), new C(30)], session.Query<C>());
        }

        [Fact]
        public void A_rule_chains_on_its_own_derived_facts_until_a_fixed_point()
        {
            var next = new RuleBuilder("next")
                .Match<Counter>(c => c.N < 5)
                .Then((ctx, m) => ctx.Insert(new Counter(((Counter)m[0]).N + 1)))
                .Build();
            var session = new RuleSet([next]).Compile().CreateSession();
            session.Insert(new Counter(0));

            var result = session.Fire();

            Assert.Equal(5, result.FiredCount);
            Assert.Equal([0, 1, 2, 3, 4, 5], session.Query<Counter>().Select(c => c.N));
        }

        [Fact]
        public void Query_returns_inputs_and_derived_facts_in_insertion_order()
        {
            var rule = new RuleBuilder("a-to-b").Match<A>().Then((ctx, m) => ctx.Insert(new B(((A)m[0]).Value))).Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new A(1));
            session.Insert(new A(2));

            session.Fire();

            Assert.Equal(
                new object[] { new A(1), new A(2), new B(1), new B(2) },
                session.Query<object>());
            Assert.Equal(4, session.FactCount);
        }

        [Fact]
        public void Later_inserts_and_fires_only_fire_new_activations()
        {
            var fired = new List<int>();
            var rule = new RuleBuilder("a").Match<A>().Then((_, m) => fired.Add(((A)m[0]).Value)).Build();
            var session = new RuleSet([rule]).Compile().CreateSession();
            session.Insert(new A(1));
            Assert.Equal(1, session.Fire().FiredCount);

            session.Insert(new A(2));
            Assert.Equal(1, session.Fire().FiredCount);
            Assert.Equal(0, session.Fire().FiredCount);

            Assert.Equal([1, 2], fired);
        }

        [Fact]
        public void Action_inserting_several_facts_feeds_a_join_with_all_of_them()
        {
            var split = new RuleBuilder("split")
                .Match<A>()
                .Then((ctx, m) =>
                {
                    var v = ((A)m[0]).Value;
                    ctx.Insert(new B(v));
                    ctx.Insert(new C(v));
                })
                .Build();
            var pair = new RuleBuilder("pair")
                .Match<B>().Match<C>()
                .Join(m => ((B)m[0]).Value == ((C)m[1]).Value)
                .Then((ctx, m) => ctx.Insert(new Counter(((B)m[0]).Value)))
                .Build();
            var session = new RuleSet([split, pair]).Compile().CreateSession();
            session.InsertAll([new A(7), new A(8)]);

            session.Fire();

            Assert.Equal([7, 8], session.Query<Counter>().Select(c => c.N));
        }
    }
}
