using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Standards.Engine.Runtime
{
    /// <summary>An immutable, ordered set of rules with unique ids. Declaration order breaks agenda ties.</summary>
    public sealed class RuleSet
    {
        /// <summary>Creates a rule set.</summary>
        /// <param name="rules">The rules, in declaration order.</param>
        /// <exception cref="ArgumentException">A rule is null or two rules share an id.</exception>
        public RuleSet(IEnumerable<ProductionRule> rules)
        {
            ArgumentNullException.ThrowIfNull(rules);
            var list = new List<ProductionRule>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (rule is null)
                {
                    throw new ArgumentException($"Rule {list.Count} is null.", nameof(rules));
                }

                if (!ids.Add(rule.Id))
                {
                    throw new ArgumentException($"Duplicate rule id '{rule.Id}'.", nameof(rules));
                }

                list.Add(rule);
            }

            Rules = new ReadOnlyCollection<ProductionRule>(list.ToArray());
        }

        /// <summary>The rules, in declaration order.</summary>
        public IReadOnlyList<ProductionRule> Rules { get; }

        /// <summary>Compiles the rules into a factory that can be shared across threads.</summary>
        /// <returns>The session factory.</returns>
        public SessionFactory Compile() => new(Rules);
    }
}
