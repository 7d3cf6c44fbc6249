using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NJsonSchema;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>The JSON Schema for evidence files, generated from the fact contract for editor completion.</summary>
    public class EvidenceSchemaTests
    {
        private static string SchemaPath => Path.Combine(StandardsProcess.RepoRoot, "schema", "standards-evidence.schema.json");

        [Fact]
        public void The_committed_evidence_schema_is_what_the_command_generates()
        {
            var (code, output, _) = StandardsProcess.Run("schema", "--evidence");
            Assert.Equal(0, code);
            Assert.Equal(File.ReadAllText(SchemaPath).Replace("\r\n", "\n"), output);
        }

        [Fact]
        public async Task Every_example_evidence_file_is_valid_against_it()
        {
            var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath));
            var files = Directory.GetFiles(Path.Combine(StandardsProcess.RepoRoot, "examples"), "*.yaml");
            Assert.True(files.Length >= 4);
            foreach (var file in files)
            {
                var errors = schema.Validate(SchemaCommandTests.ToJson(file).ToJsonString());
                Assert.True(errors.Count == 0, file + ": " + string.Join("; ", errors.Select(e => e.ToString())));
            }
        }

        [Fact]
        public async Task It_rejects_an_unknown_field_and_a_percentage_written_without_its_unit()
        {
            var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath));
            Assert.NotEmpty(schema.Validate("{\"workforce\":{\"trainee_pct\":\"35%\"}}"));
            Assert.NotEmpty(schema.Validate("{\"workforce\":{\"trainee_percent\":0.35}}"));
            Assert.Empty(schema.Validate("{\"workforce\":{\"trainee_percent\":\"35%\",\"po\":{\"target_fte\":60}}}"));
        }
    }
}
