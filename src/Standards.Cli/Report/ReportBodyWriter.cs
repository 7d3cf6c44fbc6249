using System.IO;
using System.Linq;
using System.Net;
using Standards.Engine.Facts;
using Standards.Engine.Rating;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Writes the report itself, as an HTML fragment shared by <c>rate --format html</c> and the served page:
    /// provenance, the dashboard, then each standard in plain English with its charts.
    /// </summary>
    internal static class ReportBodyWriter
    {
        public static void Write(RatingReport report, PduEvidence evidence, TextWriter output)
        {
            var manifest = report.Rulebook;
            var confidences = report.Standards.ToDictionary(s => s, s => MeasureConfidence.Assess(s, evidence, manifest));
            bool Borderline(StandardRating s) => MeasureConfidence.StandardRange(confidences[s], s) is { } range && range.Low.Rank != range.High.Rank;
            output.WriteLine($"<div class=\"report\" data-rulebook-id=\"{E(manifest.Id)}\" data-rulebook-version=\"{E(manifest.Version)}\" data-rulebook-hash=\"{E(report.ContentHash)}\">");
            output.WriteLine($"<p class=\"provenance\">{E(report.PduName)}: provisional ratings from rulebook <strong>{E(manifest.Id)}</strong> version <strong>{E(manifest.Version)}</strong>, sha256 <code title=\"{E(report.ContentHash)}\">{E(report.ContentHash.Substring(0, 12))}</code>. For inspectors' preview, not a published rating.</p>");
            DashboardWriter.Write(report, Borderline, output);
            foreach (var s in report.Standards) StandardSectionWriter.Write(s, confidences[s], evidence, manifest, output);
            output.WriteLine("</div>");
        }

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
