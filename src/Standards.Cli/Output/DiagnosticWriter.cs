using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Standards.Rules.Diagnostics;

namespace Standards.Cli.Output
{
    /// <summary>Writes diagnostics as compiler-style text, JSON or SARIF 2.1.0.</summary>
    internal static class DiagnosticWriter
    {
        public static void Write(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter output)
        {
            switch (format)
            {
                case "json": WriteJson(diagnostics, output, sarif: false); break;
                case "sarif": WriteJson(diagnostics, output, sarif: true); break;
                default:
                    foreach (var d in diagnostics) output.WriteLine(d.ToString());
                    int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    output.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
                    break;
            }
        }

        private static void WriteJson(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, bool sarif)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                if (sarif) WriteSarif(diagnostics, json);
                else
                {
                    json.WriteStartArray();
                    foreach (var d in diagnostics)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", d.Id);
                        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                        json.WriteString("file", d.Span.Path);
                        json.WriteNumber("line", d.Span.Line);
                        json.WriteNumber("column", d.Span.Column);
                        json.WriteNumber("end_line", d.Span.EndLine);
                        json.WriteNumber("end_column", d.Span.EndColumn);
                        json.WriteString("message", d.Message);
                        json.WriteString("help", d.Descriptor.HelpPath);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteSarif(IReadOnlyList<Diagnostic> diagnostics, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "standards");
            json.WriteStartArray("rules");
            foreach (var descriptor in diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, System.StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", descriptor.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", descriptor.HelpPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteString("level", d.Severity == DiagnosticSeverity.Error ? "error" : d.Severity == DiagnosticSeverity.Warning ? "warning" : "note");
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.Span.Path);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Span.Line);
                json.WriteNumber("startColumn", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
