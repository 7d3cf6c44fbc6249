using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Writes a figure the way the rule compared it: rounded for reading, but never rounded across a threshold,
    /// so 79.99% beside a Good rating never shows as 80%.
    /// </summary>
    internal static class FigureText
    {
        /// <summary>The percentage with as few decimals as keep it on the same side of every edge.</summary>
        public static string Percent(double value, IEnumerable<double> edges) => Number(value, edges) + "%";

        /// <summary>The number with as few decimals (up to 4, then full precision) as keep it on the same side of every edge.</summary>
        public static string Number(double value, IEnumerable<double> edges)
        {
            var list = edges.ToList();
            foreach (var format in new[] { "0.#", "0.##", "0.###", "0.####" })
            {
                var text = value.ToString(format, CultureInfo.InvariantCulture);
                var shown = double.Parse(text, CultureInfo.InvariantCulture);
                if (list.All(e => (shown >= e) == (value >= e) && (shown <= e) == (value <= e))) return text;
            }

            return value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
