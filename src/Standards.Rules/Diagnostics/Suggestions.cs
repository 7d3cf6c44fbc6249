using System;
using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Diagnostics
{
    /// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
    public static class Suggestions
    {
        /// <summary>Returns the closest candidate within a small edit distance, or null.</summary>
        public static string? Closest(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                int d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (d < bestDistance || (d == bestDistance && best != null && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = d;
                }
            }

            int allowed = Math.Max(2, name.Length / 3);
            return best != null && bestDistance <= allowed ? best : null;
        }

        /// <summary>Formats a hint such as <c>; did you mean `oversight`?</c>, or an empty string.</summary>
        public static string Hint(string name, IEnumerable<string> candidates)
        {
            var closest = Closest(name, candidates);
            return closest is null ? string.Empty : $"; did you mean `{closest}`?";
        }

        private static int Distance(string a, string b)
        {
            if (a.Length > 200 || b.Length > 200) return int.MaxValue;
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            var current = new int[b.Length + 1];
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
