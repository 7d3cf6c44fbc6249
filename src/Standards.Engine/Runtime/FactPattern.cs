using System;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// One element of a rule's left-hand side: either a single fact of a CLR type
    /// (optionally filtered), or an aggregate that collects every such fact into one
    /// <see cref="System.Collections.Generic.IReadOnlyList{T}"/> match element.
    /// </summary>
    /// <remarks>
    /// A fact matches the pattern when its runtime type is assignable to <see cref="FactType"/>
    /// and <see cref="Filter"/> (if any) returns <see langword="true"/>. The filter is evaluated
    /// once per fact and pattern per session.
    /// </remarks>
    public sealed class FactPattern
    {
        private FactPattern(Type factType, Func<object, bool>? filter, bool isCollection)
        {
            ArgumentNullException.ThrowIfNull(factType);
            FactType = factType;
            Filter = filter;
            IsCollection = isCollection;
        }

        /// <summary>The CLR type a fact must be assignable to.</summary>
        public Type FactType { get; }

        /// <summary>An optional per-fact condition; <see langword="null"/> accepts every fact of <see cref="FactType"/>.</summary>
        public Func<object, bool>? Filter { get; }

        /// <summary>
        /// <see langword="true"/> for an aggregate (Collect) pattern, whose match element is an
        /// <c>IReadOnlyList&lt;object&gt;</c> of all matching facts in insertion order (possibly empty).
        /// </summary>
        public bool IsCollection { get; }

        /// <summary>Creates a pattern that matches single facts of <paramref name="factType"/>.</summary>
        /// <param name="factType">The CLR type a fact must be assignable to.</param>
        /// <param name="filter">An optional per-fact condition.</param>
        /// <returns>The pattern.</returns>
        public static FactPattern Match(Type factType, Func<object, bool>? filter = null) =>
            new(factType, filter, isCollection: false);

        /// <summary>
        /// Creates an aggregate pattern that collects all facts of <paramref name="factType"/>
        /// accepted by <paramref name="filter"/> into one match element.
        /// </summary>
        /// <param name="factType">The CLR type a fact must be assignable to.</param>
        /// <param name="filter">An optional per-fact condition.</param>
        /// <returns>The pattern.</returns>
        public static FactPattern Collect(Type factType, Func<object, bool>? filter = null) =>
            new(factType, filter, isCollection: true);

        /// <inheritdoc />
        public override string ToString() =>
            (IsCollection ? "Collect<" : "Match<") + FactType.Name + (Filter is null ? ">" : ">(filter)");
    }
}
