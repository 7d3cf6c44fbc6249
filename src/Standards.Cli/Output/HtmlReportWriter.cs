using System.IO;
using System.Net;
using Standards.Cli.Report;
using Standards.Engine.Facts;
using Standards.Engine.Rating;

namespace Standards.Cli.Output
{
    /// <summary>Writes a rating report as one self-contained HTML file an inspector could send or print: no scripts, no external files.</summary>
    internal static class HtmlReportWriter
    {
        public static void Write(RatingReport report, PduEvidence evidence, TextWriter output)
        {
            var pdu = WebUtility.HtmlEncode(report.PduName);
            output.WriteLine("<!DOCTYPE html>");
            output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
            output.WriteLine($"<title>Provisional ratings: {pdu}</title>");
            output.WriteLine($"<style>body{{font-family:system-ui,sans-serif;max-width:64rem;margin:1.5rem auto;padding:0 1rem}}{ReportStyle.Css}</style></head><body><main>");
            output.WriteLine($"<h1>Provisional ratings: {pdu}</h1>");
            ReportBodyWriter.Write(report, evidence, output);
            output.WriteLine("</main></body></html>");
        }
    }
}
