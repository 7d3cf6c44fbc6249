using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NJsonSchema;
using Standards.Rules.Diagnostics;
using Standards.Rules.Yaml;
using Xunit;

namespace Standards.Cli.Tests
{
    public class SchemaCommandTests
    {
        private static string SchemaPath => Path.Combine(StandardsProcess.RepoRoot, "schema", "standards-rules.schema.json");

        [Fact]
        public void The_committed_schema_is_what_the_command_generates()
        {
            var (code, output, _) = StandardsProcess.Run("schema");
            Assert.Equal(0, code);
            Assert.Equal(File.ReadAllText(SchemaPath).Replace("\r\n", "\n"), output);
        }

        [Fact]
        public async System.Threading.Tasks.Task Every_reference_rule_file_is_valid_against_the_schema()
        {
            var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath));
            var files = Directory.GetFiles(Path.Combine(StandardsProcess.RepoRoot, "rules"), "*.yaml", SearchOption.AllDirectories);
            Assert.True(files.Length >= 9);
            foreach (var file in files)
            {
                var errors = schema.Validate(ToJson(file).ToJsonString());
                Assert.True(errors.Count == 0, file + ": " + string.Join("; ", errors.Select(e => e.ToString())));
            }
        }

        [Fact]
        public async System.Threading.Tasks.Task The_schema_rejects_a_key_the_loader_rejects()
        {
            var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath));
            var file = Path.Combine(StandardsProcess.RepoRoot, "rules", "standards", "P1.2-staffing.yaml");
            var json = ToJson(file);
            json["characteristics"]!.AsArray()[0]!.AsObject()["threshold"] = "65%";
            Assert.NotEmpty(schema.Validate(json.ToJsonString()));
        }

        /// <summary>Turns a rule file into JSON, typing plain scalars the way YAML's core schema does.</summary>
        internal static JsonObject ToJson(string file)
        {
            var node = YamlDocumentReader.Read(file, File.ReadAllBytes(file), new DiagnosticBag());
            return (JsonObject)Convert(node!)!;
        }

        private static JsonNode? Convert(YamlNode node)
        {
            switch (node)
            {
                case YamlMapping mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Entries) obj[entry.Key.Value] = Convert(entry.Value);
                    return obj;
                case YamlSequence sequence:
                    return new JsonArray(sequence.Items.Select(Convert).ToArray());
                case YamlScalar scalar when !scalar.IsQuoted:
                    if (scalar.IsNull) return null;
                    if (scalar.Value == "true" || scalar.Value == "false") return JsonValue.Create(scalar.Value == "true");
                    if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
                    return JsonValue.Create(scalar.Value);
                default:
                    return JsonValue.Create(((YamlScalar)node).Value);
            }
        }
    }
}
