using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Standards.Engine.Coverage;
using Standards.Rules.Expressions;
using Standards.Rules.Text;

namespace Standards.Cli.Output
{
    /// <summary>Writes a coverage report: a summary line, one line per standard, and every uncovered item at its <c>file:line:column</c>; or the same as JSON.</summary>
    internal static class CoverageWriter
    {
        public static void WriteText(CoverageReport report, TextWriter output)
        {
            var items = report.OutcomeCount.Total + report.AtomCount.Total + report.RungCount.Total;
            output.WriteLine($"coverage: {Percent(report.Percent)} of {items} items by {report.ExampleCount} example cases "
                + $"(characteristic outcomes {Count(report.OutcomeCount)}, condition atoms {Count(report.AtomCount)}, key-question rungs {Count(report.RungCount)})");
            foreach (var standard in report.Characteristics.Select(c => c.Standard).Concat(report.Rungs.Select(r => r.Standard)).Distinct())
            {
                var part = report.ForStandard(standard.Id);
                output.WriteLine($"  {standard.Id} {standard.Title}: {Percent(part.Percent)} (outcomes {Count(part.OutcomeCount)}, atoms {Count(part.AtomCount)}, rungs {Count(part.RungCount)})");
            }

            var uncovered = Uncovered(report).ToList();
            if (uncovered.Count == 0) return;
            output.WriteLine("uncovered:");
            foreach (var item in uncovered) output.WriteLine($"  {item.Span.Path}:{item.Span.Line}:{item.Span.Column}: {item.Text}");
        }

        public static void WriteJson(CoverageReport report, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteNumber("percent", System.Math.Round(report.Percent, 1));
                json.WriteNumber("examples", report.ExampleCount);
                Counts(json, "characteristic_outcomes", report.OutcomeCount);
                Counts(json, "atoms", report.AtomCount);
                Counts(json, "rungs", report.RungCount);
                json.WriteStartArray("standards");
                foreach (var id in report.Characteristics.Select(c => c.Standard.Id).Concat(report.Rungs.Select(r => r.Standard.Id)).Distinct())
                {
                    var part = report.ForStandard(id);
                    json.WriteStartObject();
                    json.WriteString("id", id);
                    json.WriteNumber("percent", System.Math.Round(part.Percent, 1));
                    Counts(json, "characteristic_outcomes", part.OutcomeCount);
                    Counts(json, "atoms", part.AtomCount);
                    Counts(json, "rungs", part.RungCount);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("uncovered");
                foreach (var item in Uncovered(report))
                {
                    json.WriteStartObject();
                    json.WriteString("kind", item.Kind);
                    json.WriteString("id", item.Id);
                    if (item.Atom != null) json.WriteString("atom", item.Atom);
                    json.WriteStartArray("missing");
                    foreach (var missing in item.Missing) json.WriteStringValue(missing);
                    json.WriteEndArray();
                    json.WriteString("file", item.Span.Path);
                    json.WriteNumber("line", item.Span.Line);
                    json.WriteNumber("column", item.Span.Column);
                    json.WriteString("message", item.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private sealed record Item(string Kind, string Id, string? Atom, IReadOnlyList<string> Missing, SourceSpan Span, string Text);

        private static IEnumerable<Item> Uncovered(CoverageReport report)
        {
            var items = new List<Item>();
            foreach (var c in report.Characteristics.Where(c => c.Covered < 3))
            {
                var missing = new List<string>();
                if (!c.Held) missing.Add("held");
                if (!c.Failed) missing.Add("failed");
                if (!c.Unknown) missing.Add("unknown");
                items.Add(new Item("characteristic", c.Characteristic.Id, null, missing, c.Characteristic.Span,
                    $"`{c.Characteristic.Id}` never {string.Join(", never ", missing.Select(m => m == "held" ? "held" : m == "failed" ? "failed" : "unknown"))}"));
            }

            foreach (var a in report.Atoms.Where(a => !a.Covered))
            {
                var missing = new List<string>();
                if (!a.DecidedWhenTrue) missing.Add("decided when true");
                if (!a.DecidedWhenFalse) missing.Add("decided when false");
                var text = ExpressionPrinter.Print(a.Atom);
                items.Add(new Item("atom", a.Characteristic.Id, text, missing, a.Atom.Span,
                    $"`{text}` in `{a.Characteristic.Id}` never decided the condition when {string.Join(" nor when ", missing.Select(m => m.Substring("decided when ".Length)))}"));
            }

            foreach (var r in report.Rungs.Where(r => !r.Reached))
            {
                items.Add(new Item("rung", r.KeyQuestion.Id, null, new[] { r.Grade.Id }, r.KeyQuestion.Span, $"key question {r.KeyQuestion.Id} never rated {r.Grade.Label}"));
            }

            return items.OrderBy(i => i.Span);
        }

        private static void Counts(Utf8JsonWriter json, string name, (int Covered, int Total) count)
        {
            json.WriteStartObject(name);
            json.WriteNumber("covered", count.Covered);
            json.WriteNumber("total", count.Total);
            json.WriteEndObject();
        }

        private static string Count((int Covered, int Total) count) => $"{count.Covered}/{count.Total}";

        private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }
}
