using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Standards.Rules.Diagnostics;

namespace Standards.Cli.Output
{
    /// <summary>
    /// Writes diagnostics as one SARIF 2.1.0 run, as code-scanning viewers expect it: file URIs relative to the
    /// rulebook folder through the <see cref="RootBaseId"/> base, absolute help links, a full description and
    /// default level per rule, and the column unit.
    /// </summary>
    internal static class SarifLogWriter
    {
        /// <summary>The <c>uriBaseId</c> of every result's file; <c>originalUriBaseIds</c> maps it to the rulebook folder.</summary>
        public const string RootBaseId = "RULEBOOK_ROOT";

        public static void Write(IReadOnlyList<Diagnostic> diagnostics, string rulebookRoot, string helpBase, Utf8JsonWriter json)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rulebookRoot));
            var rules = diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(rules, helpBase, json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBaseId);
            json.WriteString("uri", new Uri(root + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteStartObject("description");
            json.WriteString("text", "The rulebook folder that was checked.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(d, rules.IndexOf(d.Descriptor), root, json);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteTool(IReadOnlyList<DiagnosticDescriptor> rules, string helpBase, Utf8JsonWriter json)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "standards");
            json.WriteString("semanticVersion", ToolVersion.Semantic);
            json.WriteString("informationUri", helpBase);
            json.WriteStartArray("rules");
            foreach (var descriptor in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                Text(json, "shortDescription", descriptor.Title);
                Text(json, "fullDescription", DiagnosticPages.Cause(descriptor));
                json.WriteString("helpUri", descriptor.HelpUri(helpBase));
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(descriptor.Severity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", descriptor.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Diagnostic d, int ruleIndex, string root, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(d.Severity));
            Text(json, "message", d.Message);
            json.WriteStartArray("locations");
            if (d.Span.Path.Length > 0) WriteLocation(d.Span, root, json);
            json.WriteEndArray();
            if (d.AdditionalSpans.Any(s => s.Path.Length > 0))
            {
                json.WriteStartArray("relatedLocations");
                foreach (var span in d.AdditionalSpans.Where(s => s.Path.Length > 0)) WriteLocation(span, root, json);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        private static void WriteLocation(Rules.Text.SourceSpan span, string root, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            var full = Path.GetFullPath(span.Path);
            var relative = Path.GetRelativePath(root, full);
            if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                json.WriteString("uri", new Uri(full).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", string.Join("/", relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", RootBaseId);
            }

            json.WriteEndObject();
            if (span.Line >= 1)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", span.Line);
                json.WriteNumber("startColumn", Math.Max(1, span.Column));
                if (span.EndLine >= span.Line) json.WriteNumber("endLine", span.EndLine);
                if (span.EndColumn >= 1 && (span.EndLine > span.Line || span.EndColumn >= span.Column)) json.WriteNumber("endColumn", span.EndColumn);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void Text(Utf8JsonWriter json, string property, string text)
        {
            json.WriteStartObject(property);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        private static string Level(DiagnosticSeverity severity) =>
            severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "note";
    }
}
