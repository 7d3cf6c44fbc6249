using System;
using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// A set of yes/no or text values: either the listed values (<c>x in ["a", "b"]</c>) or every value but
    /// the listed ones (<c>x != "a"</c> on a text field with no fixed list of values). Yes/no is the
    /// two-value set <c>true</c>, <c>false</c>.
    /// </summary>
    internal sealed class ValueSet : IEquatable<ValueSet>
    {
        private ValueSet(bool isExclusion, IEnumerable<string> values)
        {
            IsExclusion = isExclusion;
            Values = values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
        }

        /// <summary>False: the set is <see cref="Values"/>. True: the set is every value except <see cref="Values"/>.</summary>
        public bool IsExclusion { get; }

        /// <summary>The values listed, sorted.</summary>
        public IReadOnlyList<string> Values { get; }

        /// <summary>True when no value is in the set.</summary>
        public bool IsEmpty => !IsExclusion && Values.Count == 0;

        /// <summary>The values of a yes/no field.</summary>
        public static ValueSet Booleans { get; } = Of("false", "true");

        /// <summary>Every value: the domain of a text field with no fixed list of values.</summary>
        public static ValueSet Any { get; } = new ValueSet(true, Array.Empty<string>());

        /// <summary>Exactly the given values.</summary>
        public static ValueSet Of(params string[] values) => new ValueSet(false, values);

        /// <summary>Exactly the given values.</summary>
        public static ValueSet Of(IEnumerable<string> values) => new ValueSet(false, values);

        /// <summary>Every value except the given ones.</summary>
        public static ValueSet Except(IEnumerable<string> values) => new ValueSet(true, values);

        /// <summary>The values in both sets.</summary>
        public ValueSet Intersect(ValueSet other)
        {
            if (!IsExclusion && !other.IsExclusion) return Of(Values.Where(v => other.Values.Contains(v, StringComparer.Ordinal)));
            if (IsExclusion && other.IsExclusion) return Except(Values.Concat(other.Values));
            var included = IsExclusion ? other : this;
            var excluded = IsExclusion ? this : other;
            return Of(included.Values.Where(v => !excluded.Values.Contains(v, StringComparer.Ordinal)));
        }

        /// <summary>The values of <paramref name="domain"/> that are not in this set.</summary>
        public ValueSet ComplementWithin(ValueSet domain)
        {
            var complement = IsExclusion ? Of(Values) : Except(Values);
            return complement.Intersect(domain);
        }

        /// <summary>True when every value of <paramref name="other"/> is also in this set.</summary>
        public bool Contains(ValueSet other)
        {
            if (other.IsEmpty) return true;
            if (!IsExclusion && other.IsExclusion) return false;
            if (!IsExclusion) return other.Values.All(v => Values.Contains(v, StringComparer.Ordinal));
            if (!other.IsExclusion) return other.Values.All(v => !Values.Contains(v, StringComparer.Ordinal));
            return Values.All(v => other.Values.Contains(v, StringComparer.Ordinal));
        }

        /// <summary>Equal when both hold the same values.</summary>
        public bool Equals(ValueSet? other) =>
            other is not null && IsExclusion == other.IsExclusion && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValueSet);

        /// <inheritdoc />
        public override int GetHashCode() => Values.Aggregate(IsExclusion ? 17 : 31, (h, v) => (h * 397) ^ StringComparer.Ordinal.GetHashCode(v));

        /// <summary><c>{a, b}</c>, or <c>not {a}</c> for an exclusion.</summary>
        public override string ToString() => (IsExclusion ? "not " : string.Empty) + "{" + string.Join(", ", Values) + "}";
    }
}
