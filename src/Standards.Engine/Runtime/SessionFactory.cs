using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// A compiled rule set. Immutable and safe to share across threads; <see cref="CreateSession"/> is cheap.
    /// </summary>
    public sealed class SessionFactory
    {
        private readonly ConcurrentDictionary<Type, PatternRef[]> _patternsByType = new();
        private readonly Func<Type, PatternRef[]> _computePatterns;

        internal SessionFactory(IReadOnlyList<ProductionRule> rules)
        {
            Rules = rules;
            _computePatterns = ComputePatterns;
            var order = new int[rules.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            // Firing order of rules: priority descending, then declaration order (a stable sort).
            Array.Sort(order, (a, b) =>
            {
                var c = rules[b].Priority.CompareTo(rules[a].Priority);
                return c != 0 ? c : a.CompareTo(b);
            });
            SinglePositions = new int[rules.Count][];
            for (var r = 0; r < rules.Count; r++)
            {
                var singles = new List<int>();
                for (var p = 0; p < rules[r].Patterns.Count; p++)
                {
                    if (!rules[r].Patterns[p].IsCollection)
                    {
                        singles.Add(p);
                    }
                }

                SinglePositions[r] = singles.ToArray();
                MaxPatterns = Math.Max(MaxPatterns, rules[r].Patterns.Count);
            }

            RankOf = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++)
            {
                RankOf[order[rank]] = rank;
            }
        }

        /// <summary>The compiled rules, in declaration order.</summary>
        public IReadOnlyList<ProductionRule> Rules { get; }

        /// <summary>Per rule declaration index: the rule's position in firing order (priority descending, then index).</summary>
        internal int[] RankOf { get; }

        /// <summary>Per rule declaration index: the indices of its single (non-collection) patterns.</summary>
        internal int[][] SinglePositions { get; }

        /// <summary>The largest number of patterns of any rule.</summary>
        internal int MaxPatterns { get; }

        /// <summary>Creates an empty session over these rules.</summary>
        /// <returns>A new session; sessions are independent and not thread-safe.</returns>
        public Session CreateSession() => new(this);

        /// <summary>
        /// The patterns a fact of runtime type <paramref name="factType"/> may match, in rule
        /// declaration order then pattern order. Cached per type; the result is deterministic.
        /// </summary>
        internal PatternRef[] PatternsFor(Type factType) => _patternsByType.GetOrAdd(factType, _computePatterns);

        private PatternRef[] ComputePatterns(Type factType)
        {
            var refs = new List<PatternRef>();
            for (var r = 0; r < Rules.Count; r++)
            {
                var patterns = Rules[r].Patterns;
                for (var p = 0; p < patterns.Count; p++)
                {
                    if (patterns[p].FactType.IsAssignableFrom(factType))
                    {
                        refs.Add(new PatternRef(r, p));
                    }
                }
            }

            return refs.ToArray();
        }
    }
}
