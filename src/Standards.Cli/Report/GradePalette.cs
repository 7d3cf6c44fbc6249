using System.Globalization;

namespace Standards.Cli.Report
{
    /// <summary>The colours and short marks of the grades. Colour is never the only signal: every mark also has words.</summary>
    internal static class GradePalette
    {
        private static readonly string[] Strong = { "#a4262c", "#8a5a00", "#1d5fa8", "#0b6e3a" };
        private static readonly string[] Tint = { "#f6d3d1", "#fbe6bd", "#d3e4f6", "#cdebd8" };

        /// <summary>A strong colour for text and fills on white, by grade rank (lowest first).</summary>
        public static string StrongColour(int rank, int grades) => Strong[Index(rank, grades)];

        /// <summary>A light colour for band backgrounds, by grade rank.</summary>
        public static string TintColour(int rank, int grades) => Tint[Index(rank, grades)];

        /// <summary>A short mark for a grade label, such as RI for Requires improvement.</summary>
        public static string Initials(string label)
        {
            var words = label.Split(' ');
            return words.Length == 1 ? label.Substring(0, 1).ToUpperInvariant() : string.Concat(System.Array.ConvertAll(words, w => w.Substring(0, 1).ToUpperInvariant()));
        }

        /// <summary>Formats an SVG coordinate.</summary>
        public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        private static int Index(int rank, int grades) => grades <= 1 ? 0 : (int)System.Math.Round(rank * 3.0 / (grades - 1));
    }
}
