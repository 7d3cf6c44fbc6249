using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Standards.Rules.Diagnostics;
using Standards.Rules.Yaml;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// An evidence document as the page edits it: plain JSON values (comments dropped) and, for each position in the
    /// source, the evidence path there, so a diagnostic can be shown beside the field it concerns.
    /// </summary>
    internal sealed class EvidenceTree
    {
        private readonly Dictionary<(int Line, int Column), string> _paths = new();

        private EvidenceTree(YamlNode root)
        {
            Json = Convert(root, string.Empty);
        }

        /// <summary>The evidence as JSON: mappings, lists, numbers, booleans and text; null scalars are dropped.</summary>
        public JsonNode? Json { get; }

        /// <summary>Reads <paramref name="text"/> (YAML or JSON); null when it is not a YAML document at all.</summary>
        public static EvidenceTree? Read(string text, DiagnosticBag diagnostics)
        {
            var root = YamlDocumentReader.Read("evidence", text, diagnostics);
            return root is null ? null : new EvidenceTree(root);
        }

        /// <summary>The evidence path at a diagnostic's position, or the nearest one before it on the same line; null when none.</summary>
        public string? PathAt(Diagnostic diagnostic)
        {
            var span = diagnostic.Span;
            if (_paths.TryGetValue((span.Line, span.Column), out var exact)) return exact;
            return _paths.Where(p => p.Key.Line == span.Line && p.Key.Column <= span.Column).OrderByDescending(p => p.Key.Column).Select(p => p.Value).FirstOrDefault();
        }

        private JsonNode? Convert(YamlNode node, string path)
        {
            Remember(node, path);
            switch (node)
            {
                case YamlMapping mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Entries)
                    {
                        var child = path.Length == 0 ? entry.Key.Value : path + "." + entry.Key.Value;
                        Remember(entry.Key, child);
                        var value = Convert(entry.Value, child);
                        if (value != null && !obj.ContainsKey(entry.Key.Value)) obj[entry.Key.Value] = value;
                    }

                    return obj;
                case YamlSequence sequence:
                    var array = new JsonArray();
                    for (int i = 0; i < sequence.Items.Count; i++) array.Add(Convert(sequence.Items[i], $"{path}[{i + 1}]"));
                    return array;
                case YamlScalar scalar:
                    return scalar.IsNull ? null : Typed(scalar);
                default:
                    return null;
            }
        }

        /// <summary>Plain numbers and yes/no as JSON numbers and booleans (as an editor would read them); all else as text.</summary>
        private static JsonNode Typed(YamlScalar scalar)
        {
            var text = scalar.Value.Trim();
            if (scalar.IsQuoted) return JsonValue.Create(text)!;
            if (text == "true" || text == "false") return JsonValue.Create(text == "true");
            return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number) && !double.IsNaN(number)
                ? JsonValue.Create(number)
                : JsonValue.Create(text)!;
        }

        private void Remember(YamlNode node, string path)
        {
            if (path.Length > 0) _paths.TryAdd((node.Span.Line, node.Span.Column), path);
        }
    }
}
