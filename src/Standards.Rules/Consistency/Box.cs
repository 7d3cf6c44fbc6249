using System;
using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// A conjunction of per-field constraints, as one row of a decision table: numeric intervals and value sets.
    /// A field not mentioned may take any value of its domain. A box is never empty: building an empty one
    /// gives null instead.
    /// </summary>
    internal sealed class Box : IEquatable<Box>
    {
        private readonly SortedDictionary<string, FieldConstraint> _constraints;

        private Box(SortedDictionary<string, FieldConstraint> constraints)
        {
            _constraints = constraints;
        }

        /// <summary>The box with no constraint: every combination of values.</summary>
        public static Box Universe { get; } = new Box(new SortedDictionary<string, FieldConstraint>(StringComparer.Ordinal));

        /// <summary>The constraints, by field key; fields at their whole domain are left out.</summary>
        public IReadOnlyCollection<FieldConstraint> Constraints => _constraints.Values;

        /// <summary>The fields constrained, by key.</summary>
        public IEnumerable<string> Keys => _constraints.Keys;

        /// <summary>A box with a single constraint; null when the constraint allows nothing.</summary>
        public static Box? Of(FieldConstraint constraint)
        {
            if (constraint.IsEmpty) return null;
            if (constraint.IsWholeDomain) return Universe;
            var map = new SortedDictionary<string, FieldConstraint>(StringComparer.Ordinal) { [constraint.Field.Key] = constraint };
            return new Box(map);
        }

        /// <summary>The constraint on the field with <paramref name="key"/>, or null when the field is unconstrained.</summary>
        public FieldConstraint? Find(string key) => _constraints.TryGetValue(key, out var c) ? c : null;

        /// <summary>The combinations in both boxes, or null when there are none.</summary>
        public Box? Intersect(Box other)
        {
            var map = new SortedDictionary<string, FieldConstraint>(_constraints, StringComparer.Ordinal);
            foreach (var pair in other._constraints)
            {
                var combined = map.TryGetValue(pair.Key, out var mine) ? mine.Intersect(pair.Value) : pair.Value;
                if (combined.IsEmpty) return null;
                map[pair.Key] = combined;
            }

            return new Box(map);
        }

        /// <summary>True when every combination in <paramref name="other"/> is also in this box.</summary>
        public bool Contains(Box other)
        {
            foreach (var pair in _constraints)
            {
                if (!other._constraints.TryGetValue(pair.Key, out var theirs) || !pair.Value.Contains(theirs)) return false;
            }

            return true;
        }

        /// <summary>Equal when both constrain the same fields to the same values.</summary>
        public bool Equals(Box? other) =>
            other is not null && _constraints.Count == other._constraints.Count
            && _constraints.All(p => other._constraints.TryGetValue(p.Key, out var c) && c.SameAs(p.Value));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Box);

        /// <inheritdoc />
        public override int GetHashCode() => _constraints.Keys.Aggregate(_constraints.Count, (h, k) => (h * 31) ^ StringComparer.Ordinal.GetHashCode(k));

        /// <summary>The constraints joined by <c>and</c>; <c>true</c> for the universe.</summary>
        public override string ToString() => _constraints.Count == 0 ? "true" : string.Join(" and ", _constraints.Values);
    }
}
