using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Standards.Engine.Rating;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The ratings of one PDU as grade ranks (0 is the lowest grade): each standard's lowest and highest
    /// grade still possible, and the overall rating with its points. Every approach benchmarked produces
    /// one, so their answers can be compared.
    /// </summary>
    public sealed class RatingSummary
    {
        public RatingSummary(string[] standardIds, int[] low, int[] high, int overallLow, int overallHigh, int lowestPoints, int highestPoints)
        {
            StandardIds = standardIds;
            Low = low;
            High = high;
            OverallLow = overallLow;
            OverallHigh = overallHigh;
            LowestPoints = lowestPoints;
            HighestPoints = highestPoints;
        }

        /// <summary>Standard ids, ordered by id.</summary>
        public string[] StandardIds { get; }

        /// <summary>The lowest grade rank still possible for each standard.</summary>
        public int[] Low { get; }

        /// <summary>The highest grade rank still possible for each standard.</summary>
        public int[] High { get; }

        public int OverallLow { get; }

        public int OverallHigh { get; }

        public int LowestPoints { get; }

        public int HighestPoints { get; }

        /// <summary>The summary of the Standards engine's report.</summary>
        public static RatingSummary From(RatingReport report)
        {
            var standards = report.Standards.OrderBy(s => s.Standard.Id, StringComparer.Ordinal).ToList();
            return new RatingSummary(
                standards.Select(s => s.Standard.Id).ToArray(),
                standards.Select(s => s.Range.Low.Rank).ToArray(),
                standards.Select(s => s.Range.High.Rank).ToArray(),
                report.Overall.Range.Low.Rank,
                report.Overall.Range.High.Rank,
                report.Overall.LowestPoints,
                report.Overall.HighestPoints);
        }

        public bool SameAs(RatingSummary other) =>
            StandardIds.SequenceEqual(other.StandardIds, StringComparer.Ordinal)
            && Low.SequenceEqual(other.Low) && High.SequenceEqual(other.High)
            && OverallLow == other.OverallLow && OverallHigh == other.OverallHigh
            && LowestPoints == other.LowestPoints && HighestPoints == other.HighestPoints;

        public override string ToString()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < StandardIds.Length; i++)
            {
                sb.Append(StandardIds[i]).Append('=').Append(Low[i]);
                if (High[i] != Low[i]) sb.Append("..").Append(High[i]);
                sb.Append(' ');
            }

            sb.Append("overall=").Append(OverallLow);
            if (OverallHigh != OverallLow) sb.Append("..").Append(OverallHigh);
            return sb.Append(" points=").Append(LowestPoints).Append("..").Append(HighestPoints).ToString();
        }

        /// <summary>Throws when <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
        public static void AssertSame(string what, RatingSummary expected, RatingSummary actual)
        {
            if (!expected.SameAs(actual))
            {
                throw new InvalidOperationException($"{what} rates differently from the Standards engine:{Environment.NewLine}"
                    + $"  Standards engine: {expected}{Environment.NewLine}  {what}: {actual}");
            }
        }

        /// <summary>A readable list of grade ids, for logs.</summary>
        public static string Describe(IReadOnlyList<string> grades, RatingSummary summary)
        {
            var parts = new List<string>();
            for (int i = 0; i < summary.StandardIds.Length; i++)
            {
                parts.Add(summary.StandardIds[i] + ": " + Range(grades, summary.Low[i], summary.High[i]));
            }

            parts.Add("overall: " + Range(grades, summary.OverallLow, summary.OverallHigh));
            return string.Join(", ", parts);
        }

        private static string Range(IReadOnlyList<string> grades, int low, int high) =>
            low == high ? grades[low] : grades[low] + " to " + grades[high];
    }
}
