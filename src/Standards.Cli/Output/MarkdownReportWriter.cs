using System.IO;
using System.Linq;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;

namespace Standards.Cli.Output
{
    /// <summary>Writes a rating report as Markdown, for pasting into notes and tickets.</summary>
    internal static class MarkdownReportWriter
    {
        public static void Write(RatingReport report, TextWriter output)
        {
            output.WriteLine($"# Provisional ratings: {report.PduName}");
            output.WriteLine();
            output.WriteLine($"Rulebook `{report.Rulebook.Id}` {report.Rulebook.Version}, sha256 `{report.ContentHash}`.");
            output.WriteLine();
            output.WriteLine("| Standard | Rating | Why |");
            output.WriteLine("| --- | --- | --- |");
            foreach (var s in report.Standards)
            {
                output.WriteLine($"| {s.Standard.Id} {s.Standard.Title} | {s.Range} | {Escape(ReportTableWriter.Why(s, report.Rulebook))} |");
            }

            output.WriteLine($"| **Overall** | **{report.Overall.Range}** | {Report.PointsText.Describe(report.Overall.LowestPoints, report.Overall.HighestPoints)} |");
            foreach (var s in report.Standards)
            {
                output.WriteLine();
                output.WriteLine($"## {s.Standard.Id} {s.Standard.Title}: {s.Range}");
                output.WriteLine();
                foreach (var kq in s.KeyQuestions)
                {
                    output.WriteLine($"- **{kq.KeyQuestion.Id}** {kq.Range}" + (kq.Measure is double m ? $" ({Report.FigureText.Percent(m, report.Rulebook.CaseSampleBands.Select(b => b.AtLeast))} of cases sufficient)" : string.Empty));
                    foreach (var c in kq.Supports)
                    {
                        output.WriteLine($"  - {Mark(c)} {Escape(c.Characteristic.Reason)} (`{c.Characteristic.Id}`, {SourceText.Of(c.Characteristic.Span)})");
                    }
                }

                foreach (var cap in s.Caps.Where(c => c.Outcome != false))
                {
                    output.WriteLine($"- cap at {cap.Grade.Id.Replace('_', ' ')} {(cap.Outcome == true ? "applies" : "may apply")}: {Escape(cap.Characteristic.Reason)} (`{cap.Characteristic.Id}`)");
                }

                if (s.MissingEvidence.Count > 0)
                {
                    output.WriteLine($"- missing evidence: {string.Join(", ", s.MissingEvidence.Select(p => $"`{p}`"))}");
                }
            }
        }

        private static string Mark(CharacteristicResult c) => c.Outcome == true ? "✔" : c.Outcome == false ? "✘" : "?";

        private static string Escape(string text) => text.Replace("|", "\\|");
    }
}
