using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Fluent builder for a <see cref="ProductionRule"/>. Patterns are added in tuple order.
    /// </summary>
    /// <example>
    /// <code>
    /// new RuleBuilder("r1").Priority(10)
    ///     .Match&lt;Order&gt;(o =&gt; o.Total &gt; 100).Match&lt;Customer&gt;()
    ///     .Join(m =&gt; ((Order)m[0]).CustomerId == ((Customer)m[1]).Id)
    ///     .Then((ctx, m) =&gt; ctx.Insert(new Discount()))
    ///     .Build();
    /// </code>
    /// </example>
    public sealed class RuleBuilder
    {
        private readonly string _id;
        private readonly List<FactPattern> _patterns = new();
        private int _priority;
        private string? _source;
        private Func<IReadOnlyList<object>, bool>? _join;
        private Action<IActionContext, IReadOnlyList<object>>? _action;

        /// <summary>Starts a rule with the given id.</summary>
        /// <param name="id">Unique rule identifier.</param>
        public RuleBuilder(string id)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            _id = id;
        }

        /// <summary>Sets the agenda priority (default 0; higher fires first).</summary>
        /// <param name="priority">The priority.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Priority(int priority)
        {
            _priority = priority;
            return this;
        }

        /// <summary>Sets the provenance shown in diagnostics.</summary>
        /// <param name="source">e.g. <c>rules/p1.2.yaml:40</c>.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Source(string? source)
        {
            _source = source;
            return this;
        }

        /// <summary>Adds a single-fact pattern of type <typeparamref name="T"/>.</summary>
        /// <typeparam name="T">The fact type.</typeparam>
        /// <param name="filter">Optional per-fact condition.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Match<T>(Func<T, bool>? filter = null) =>
            Match(typeof(T), Adapt(filter));

        /// <summary>Adds a single-fact pattern of a runtime type.</summary>
        /// <param name="factType">The fact type.</param>
        /// <param name="filter">Optional per-fact condition.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Match(Type factType, Func<object, bool>? filter = null)
        {
            _patterns.Add(FactPattern.Match(factType, filter));
            return this;
        }

        /// <summary>Adds an aggregate pattern collecting all facts of type <typeparamref name="T"/> that pass the filter.</summary>
        /// <typeparam name="T">The fact type.</typeparam>
        /// <param name="filter">Optional per-fact condition.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Collect<T>(Func<T, bool>? filter = null) =>
            Collect(typeof(T), Adapt(filter));

        /// <summary>Adds an aggregate pattern collecting all facts of a runtime type that pass the filter.</summary>
        /// <param name="factType">The fact type.</param>
        /// <param name="filter">Optional per-fact condition.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Collect(Type factType, Func<object, bool>? filter = null)
        {
            _patterns.Add(FactPattern.Collect(factType, filter));
            return this;
        }

        /// <summary>Adds a condition across the matched tuple; several calls are combined with AND.</summary>
        /// <param name="condition">The condition.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Join(Func<IReadOnlyList<object>, bool> condition)
        {
            ArgumentNullException.ThrowIfNull(condition);
            var previous = _join;
            _join = previous is null ? condition : m => previous(m) && condition(m);
            return this;
        }

        /// <summary>Adds an action; several calls run in order.</summary>
        /// <param name="action">The action.</param>
        /// <returns>This builder.</returns>
        public RuleBuilder Then(Action<IActionContext, IReadOnlyList<object>> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            var previous = _action;
            _action = previous is null ? action : (ctx, m) =>
            {
                previous(ctx, m);
                action(ctx, m);
            };
            return this;
        }

        /// <summary>Builds the rule.</summary>
        /// <returns>The immutable rule.</returns>
        /// <exception cref="InvalidOperationException">No action was given.</exception>
        public ProductionRule Build()
        {
            if (_action is null)
            {
                throw new InvalidOperationException($"Rule '{_id}' has no action; call Then(...) before Build().");
            }

            return new ProductionRule(_id, _priority, _source, _patterns, _join, _action);
        }

        private static Func<object, bool>? Adapt<T>(Func<T, bool>? filter) =>
            filter is null ? null : o => filter((T)o);
    }
}
