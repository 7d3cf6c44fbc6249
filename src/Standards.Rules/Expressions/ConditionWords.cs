using System.Collections.Generic;

namespace Standards.Rules.Expressions
{
    /// <summary>The reserved words of the condition language and the aggregate names.</summary>
    internal static class ConditionWords
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "and", "or", "not", "between", "in", "where", "true", "false",
        };

        private static readonly Dictionary<string, AggregateKind> Aggregates = new Dictionary<string, AggregateKind>(System.StringComparer.Ordinal)
        {
            ["count"] = AggregateKind.Count,
            ["percent"] = AggregateKind.Percent,
            ["min"] = AggregateKind.Min,
            ["max"] = AggregateKind.Max,
            ["mean"] = AggregateKind.Mean,
            ["sum"] = AggregateKind.Sum,
        };

        /// <summary>True for words that can never be a field name: <c>and</c>, <c>or</c>, <c>not</c>, <c>between</c>, <c>in</c>, <c>where</c>, <c>true</c>, <c>false</c>.</summary>
        public static bool IsKeyword(string word) => Keywords.Contains(word);

        /// <summary>True for a keyword written with capitals, such as <c>AND</c> or <c>Or</c>.</summary>
        public static bool IsMiscapitalisedKeyword(string word) =>
            !Keywords.Contains(word) && Keywords.Contains(word.ToLowerInvariant());

        /// <summary>Finds the aggregate named <paramref name="word"/> (lowercase only).</summary>
        public static bool TryGetAggregate(string word, out AggregateKind kind) => Aggregates.TryGetValue(word, out kind);

        /// <summary>The source name of an aggregate.</summary>
        public static string NameOf(AggregateKind kind)
        {
            foreach (KeyValuePair<string, AggregateKind> pair in Aggregates)
            {
                if (pair.Value == kind) return pair.Key;
            }

            return kind.ToString().ToLowerInvariant();
        }
    }
}
