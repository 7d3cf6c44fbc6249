using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Standards.Cli.Serve
{
    /// <summary>Writes edited evidence (the page's JSON) as a YAML evidence file an inspector can keep or send.</summary>
    internal static class EvidenceYamlWriter
    {
        private static readonly Regex Plain = new("^[A-Za-z0-9][A-Za-z0-9 _.:%/()+-]*$", RegexOptions.CultureInvariant);

        public static string Write(JsonNode? evidence, string heading)
        {
            var text = new StringBuilder();
            text.Append("# ").Append(heading.Replace('\n', ' ')).Append('\n');
            if (evidence is JsonObject root) WriteMapping(root, 0, text);
            return text.ToString();
        }

        private static void WriteMapping(JsonObject mapping, int indent, StringBuilder text)
        {
            foreach (var (key, value) in mapping)
            {
                if (value is null) continue;
                text.Append(' ', indent).Append(Scalar(key)).Append(':');
                WriteValue(value, indent, text);
            }
        }

        private static void WriteValue(JsonNode value, int indent, StringBuilder text)
        {
            switch (value)
            {
                case JsonObject obj:
                    text.Append('\n');
                    WriteMapping(obj, indent + 2, text);
                    break;
                case JsonArray array:
                    text.Append(array.Count == 0 ? " []\n" : "\n");
                    foreach (var item in array.Where(i => i != null))
                    {
                        if (item is JsonObject itemMapping && itemMapping.Count > 0)
                        {
                            var inner = new StringBuilder();
                            WriteMapping(itemMapping, indent + 4, inner);
                            text.Append(' ', indent + 2).Append("- ").Append(inner.ToString().Substring(indent + 4));
                        }
                        else
                        {
                            text.Append(' ', indent + 2).Append("- ").Append(Scalar(item!)).Append('\n');
                        }
                    }

                    break;
                default:
                    text.Append(' ').Append(Scalar(value)).Append('\n');
                    break;
            }
        }

        private static string Scalar(JsonNode node) =>
            node is JsonValue v && v.GetValueKind() != JsonValueKind.String ? node.ToJsonString() : Scalar(node.GetValue<string>());

        private static string Scalar(string text) =>
            Plain.IsMatch(text) && !text.Contains(": ") && !text.EndsWith(":") ? text : JsonSerializer.Serialize(text);
    }
}
