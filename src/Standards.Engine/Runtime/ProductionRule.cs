using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// An immutable production rule: when every <see cref="Patterns"/> element is matched and the
    /// optional <see cref="Join"/> holds for the matched tuple, <see cref="Action"/> fires once for that tuple.
    /// </summary>
    /// <remarks>
    /// The match tuple passed to <see cref="Join"/> and <see cref="Action"/> has one element per pattern,
    /// in pattern order: the fact itself for a single pattern, or an <c>IReadOnlyList&lt;object&gt;</c>
    /// for a collection pattern.
    /// </remarks>
    public sealed class ProductionRule
    {
        /// <summary>Creates a rule.</summary>
        /// <param name="id">Unique rule identifier (non-empty).</param>
        /// <param name="priority">Agenda priority; higher fires first.</param>
        /// <param name="source">Optional provenance, e.g. <c>rules/p1.2.yaml:40</c>.</param>
        /// <param name="patterns">The left-hand side patterns, in tuple order (may be empty: the rule then fires once).</param>
        /// <param name="join">Optional condition across the whole matched tuple.</param>
        /// <param name="action">The right-hand side.</param>
        public ProductionRule(
            string id,
            int priority,
            string? source,
            IEnumerable<FactPattern> patterns,
            Func<IReadOnlyList<object>, bool>? join,
            Action<IActionContext, IReadOnlyList<object>> action)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            ArgumentNullException.ThrowIfNull(patterns);
            ArgumentNullException.ThrowIfNull(action);
            var copy = new List<FactPattern>(patterns);
            for (var i = 0; i < copy.Count; i++)
            {
                if (copy[i] is null)
                {
                    throw new ArgumentException($"Pattern {i} of rule '{id}' is null.", nameof(patterns));
                }
            }

            Id = id;
            Priority = priority;
            Source = source;
            Patterns = new ReadOnlyCollection<FactPattern>(copy.ToArray());
            Join = join;
            Action = action;
        }

        /// <summary>Unique rule identifier.</summary>
        public string Id { get; }

        /// <summary>Agenda priority; higher fires first.</summary>
        public int Priority { get; }

        /// <summary>Optional provenance of the rule, for diagnostics.</summary>
        public string? Source { get; }

        /// <summary>The left-hand side patterns, in tuple order.</summary>
        public IReadOnlyList<FactPattern> Patterns { get; }

        /// <summary>Optional condition across the whole matched tuple.</summary>
        public Func<IReadOnlyList<object>, bool>? Join { get; }

        /// <summary>The right-hand side, invoked once per distinct activation.</summary>
        public Action<IActionContext, IReadOnlyList<object>> Action { get; }

        /// <inheritdoc />
        public override string ToString() => Source is null ? Id : $"{Id} ({Source})";
    }
}
