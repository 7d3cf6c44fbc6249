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
        /// <summary>
        /// Writes <paramref name="diagnostics"/> in <paramref name="format"/> (<c>text</c>, <c>json</c> or
        /// <c>sarif</c>); SARIF file URIs are relative to <paramref name="rulebookRoot"/>, and help links are
        /// pages under <paramref name="helpBase"/>.
        /// </summary>
        public static void Write(IReadOnlyList<Diagnostic> diagnostics, string format, string rulebookRoot, string helpBase, TextWriter output)
        {
            switch (format)
            {
                case "json": WriteJson(output, json => WriteList(diagnostics, helpBase, json)); break;
                case "sarif": WriteJson(output, json => SarifLogWriter.Write(diagnostics, rulebookRoot, helpBase, json)); break;
                default:
                    foreach (var d in diagnostics) output.WriteLine(d.ToString());
                    int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    output.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
                    break;
            }
        }

        private static void WriteJson(TextWriter output, System.Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(json);
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteList(IReadOnlyList<Diagnostic> diagnostics, string helpBase, Utf8JsonWriter json)
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
                json.WriteString("help", d.Descriptor.HelpUri(helpBase));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }
}
