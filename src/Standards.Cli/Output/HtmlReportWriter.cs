using System.IO;
using System.Linq;
using System.Net;
using Standards.Engine.Rating;

namespace Standards.Cli.Output
{
    /// <summary>Writes a rating report as one self-contained HTML file an inspector could send.</summary>
    internal static class HtmlReportWriter
    {
        private const string Style = @"body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.grade{font-weight:600}.outstanding{color:#05662f}.good{color:#1d5fa8}.requires_improvement{color:#9a5b00}.inadequate{color:#b00020}
.range{color:#6b3fa0}small{color:#555}li{margin:.2rem 0}code{background:#f5f5f5;padding:0 .2rem}";

        public static void Write(RatingReport report, TextWriter output)
        {
            string E(string s) => WebUtility.HtmlEncode(s);
            string Cls(GradeRange r) => r.IsExact ? r.Low.Id : "range";
            output.WriteLine("<!DOCTYPE html>");
            output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
            output.WriteLine($"<title>Provisional ratings: {E(report.PduName)}</title><style>{Style}</style></head><body>");
            output.WriteLine($"<h1>Provisional ratings: {E(report.PduName)}</h1>");
            output.WriteLine($"<p><small>Rulebook <code>{E(report.Rulebook.Id)}</code> version {E(report.Rulebook.Version)}, sha256 <code>{E(report.ContentHash)}</code>. Provisional: for inspectors' preview, not a published rating.</small></p>");
            output.WriteLine("<table><thead><tr><th>Standard</th><th>Rating</th><th>Why</th></tr></thead><tbody>");
            foreach (var s in report.Standards)
            {
                output.WriteLine($"<tr><td><a href=\"#{E(s.Standard.Id)}\">{E(s.Standard.Id)} {E(s.Standard.Title)}</a></td><td class=\"grade {Cls(s.Range)}\">{E(s.Range.ToString())}</td><td>{E(ReportTableWriter.Why(s, report.Rulebook.Scale))}</td></tr>");
            }

            output.WriteLine($"<tr><th>Overall</th><th class=\"grade {Cls(report.Overall.Range)}\" id=\"overall\">{E(report.Overall.Range.ToString())}</th><td>{report.Overall.LowestPoints} to {report.Overall.HighestPoints} points</td></tr>");
            output.WriteLine("</tbody></table>");
            foreach (var s in report.Standards)
            {
                output.WriteLine($"<section id=\"{E(s.Standard.Id)}\"><h2>{E(s.Standard.Id)} {E(s.Standard.Title)}: <span class=\"grade {Cls(s.Range)}\">{E(s.Range.ToString())}</span></h2>");
                output.WriteLine($"<p>{E(s.Standard.Statement)}</p><ul>");
                foreach (var kq in s.KeyQuestions)
                {
                    output.WriteLine($"<li><strong>{E(kq.KeyQuestion.Id)}</strong> {E(kq.KeyQuestion.Question)} <span class=\"grade {Cls(kq.Range)}\">{E(kq.Range.ToString())}</span>");
                    if (kq.Measure is double m) output.WriteLine($" <small>({m:0.#}% of cases sufficient)</small>");
                    output.WriteLine("<ul>");
                    foreach (var c in kq.Supports)
                    {
                        var mark = c.Outcome == true ? "✔" : c.Outcome == false ? "✘" : "?";
                        var values = string.Join(", ", c.Readings.Select(r => $"{r.Path} = {r.Display}"));
                        output.WriteLine($"<li>{mark} {E(c.Characteristic.Reason)} <small>({E(c.Grade.Id.Replace('_', ' '))}; {E(values)}; {E(c.Characteristic.Id)})</small></li>");
                    }

                    output.WriteLine("</ul></li>");
                }

                foreach (var cap in s.Caps.Where(c => c.Outcome != false))
                {
                    output.WriteLine($"<li>Cap at {E(cap.Grade.Id.Replace('_', ' '))} {(cap.Outcome == true ? "applies" : "may apply")}: {E(cap.Characteristic.Reason)} <small>({E(cap.Characteristic.Id)})</small></li>");
                }

                if (s.MissingEvidence.Count > 0)
                {
                    output.WriteLine($"<li>Missing evidence: {E(string.Join(", ", s.MissingEvidence))}</li>");
                }

                output.WriteLine("</ul></section>");
            }

            output.WriteLine("</body></html>");
        }
    }
}
