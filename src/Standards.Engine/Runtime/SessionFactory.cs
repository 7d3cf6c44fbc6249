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
        }

        /// <summary>The compiled rules, in declaration order.</summary>
        public IReadOnlyList<ProductionRule> Rules { get; }

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
