using System.IO;
using System.Linq;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Cli.Output
{
    /// <summary>Writes a rating report as a readable plain-text table for the terminal.</summary>
    internal static class ReportTableWriter
    {
        public static void Write(RatingReport report, TextWriter output)
        {
            output.WriteLine($"Provisional ratings for {report.PduName}");
            output.WriteLine($"Rulebook {report.Rulebook.Id} {report.Rulebook.Version} (sha256 {report.ContentHash.Substring(0, 12)})");
            output.WriteLine();
            int idWidth = System.Math.Max(8, report.Standards.Max(s => s.Standard.Id.Length + s.Standard.Title.Length + 1));
            int ratingWidth = System.Math.Max(6, report.Standards.Max(s => s.Range.ToString().Length));
            output.WriteLine($"{"Standard".PadRight(idWidth)}  {"Rating".PadRight(ratingWidth)}  Why");
            output.WriteLine($"{new string('-', idWidth)}  {new string('-', ratingWidth)}  {new string('-', 40)}");
            foreach (var s in report.Standards)
            {
                output.WriteLine($"{(s.Standard.Id + " " + s.Standard.Title).PadRight(idWidth)}  {s.Range.ToString().PadRight(ratingWidth)}  {Why(s, report.Rulebook)}");
            }

            output.WriteLine($"{new string('-', idWidth)}  {new string('-', ratingWidth)}  {new string('-', 40)}");
            var points = Report.PointsText.Describe(report.Overall.LowestPoints, report.Overall.HighestPoints);
            output.WriteLine($"{"Overall".PadRight(idWidth)}  {report.Overall.Range.ToString().PadRight(ratingWidth)}  {points}");
            var missing = report.Standards.SelectMany(s => s.MissingEvidence).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Missing evidence that could change a rating:");
                foreach (var path in missing) output.WriteLine($"  - {path}");
            }
        }

        /// <summary>A one-line reason: the binding cap, or the key question that set the rating.</summary>
        public static string Why(StandardRating s, RulebookManifest manifest)
        {
            var cap = s.Caps.FirstOrDefault(c => c.Outcome == true && c.Grade.Rank == s.Range.High.Rank);
            if (cap != null && s.Uncapped.High.Rank > s.Range.High.Rank)
            {
                return $"capped: {cap.Characteristic.Reason} [{cap.Characteristic.Id}]";
            }

            if (!s.Range.IsExact)
            {
                return $"missing: {string.Join(", ", s.MissingEvidence.Take(3))}{(s.MissingEvidence.Count > 3 ? ", …" : string.Empty)}";
            }

            var lowest = s.KeyQuestions.OrderBy(k => k.Range.Low.Rank).ThenBy(k => k.Measure ?? double.MaxValue).FirstOrDefault();
            if (lowest is null) return string.Empty;
            if (lowest.KeyQuestion.Measure != null)
            {
                return $"lowest key question {lowest.KeyQuestion.Id} at {(lowest.Measure is double m ? Report.FigureText.Percent(m, manifest.CaseSampleBands.Select(b => b.AtLeast)) : "missing")}";
            }

            var failed = lowest.Supports.Where(r => r.Outcome == false).OrderBy(r => r.Grade.Rank).FirstOrDefault();
            return failed is null
                ? $"{lowest.KeyQuestion.Id} met every characteristic up to {lowest.Range.Low.Label}"
                : $"{lowest.KeyQuestion.Id} short of {failed.Grade.Id.Replace('_', ' ')}: needs \"{failed.Characteristic.Reason}\" [{failed.Characteristic.Id}]";
        }
    }
}
