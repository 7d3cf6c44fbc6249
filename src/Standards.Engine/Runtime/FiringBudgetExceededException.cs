using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// <see cref="Session.Fire(int)"/> would have exceeded its firing budget: the rules did not reach a
    /// fixed point, which indicates a runaway forward chain (a bug in the rules, not in the input).
    /// </summary>
    public sealed class FiringBudgetExceededException : Exception
    {
        /// <summary>How many of the most frequently fired rules are reported.</summary>
        internal const int ReportedRuleCount = 3;

        internal FiringBudgetExceededException(int budget, IReadOnlyList<KeyValuePair<string, int>> topRules)
            : base(FormatMessage(budget, topRules))
        {
            Budget = budget;
            TopRules = topRules;
        }

        /// <summary>The exceeded budget (the <c>maxFirings</c> argument).</summary>
        public int Budget { get; }

        /// <summary>The rules that fired most during the failing call, most frequent first, with their counts.</summary>
        public IReadOnlyList<KeyValuePair<string, int>> TopRules { get; }

        /// <summary>Builds the exception from per-rule firing counts indexed by declaration order.</summary>
        internal static FiringBudgetExceededException Create(int budget, IReadOnlyList<ProductionRule> rules, int[] counts)
        {
            var top = Enumerable.Range(0, counts.Length)
                .Where(i => counts[i] > 0)
                .OrderByDescending(i => counts[i])
                .ThenBy(i => i)
                .Take(ReportedRuleCount)
                .Select(i => new KeyValuePair<string, int>(rules[i].Id, counts[i]))
                .ToArray();
            return new FiringBudgetExceededException(budget, new ReadOnlyCollection<KeyValuePair<string, int>>(top));
        }

        private static string FormatMessage(int budget, IReadOnlyList<KeyValuePair<string, int>> topRules) =>
            $"Rule firing budget of {budget} exceeded: the rules did not reach a fixed point (runaway forward chain). "
            + "Most frequently fired rules: "
            + string.Join(", ", topRules.Select(p => $"'{p.Key}' x{p.Value}"))
            + ".";
    }
}
