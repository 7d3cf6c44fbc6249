using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NJsonSchema;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary><c>standards check --format sarif</c> is valid SARIF 2.1.0 with rulebook-relative URIs and absolute help links.</summary>
    public class SarifOutputTests
    {
        private const string HelpBase = "https://docs.example.org/standards/diagnostics/";

        [Fact]
        public async Task The_log_validates_against_the_SARIF_2_1_0_schema_with_relative_uris()
        {
            var folder = Path.Combine(Path.GetTempPath(), "standards-sarif-" + Guid.NewGuid().ToString("N"), "my rules");
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "tests", "corpus", "broken", "03-duplicate-key"), folder);
            try
            {
                var (code, output, _) = StandardsProcess.Run("check", folder, "--format", "sarif", "--help-base", HelpBase);
                Assert.Equal(1, code);

                var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-2.1.0-rtm.5.json"));
                var errors = schema.Validate(output);
                Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

                using var log = JsonDocument.Parse(output);
                var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
                Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
                var root = run.GetProperty("originalUriBaseIds").GetProperty("RULEBOOK_ROOT").GetProperty("uri").GetString()!;
                Assert.Equal(new Uri(folder + "/").AbsoluteUri, root);
                Assert.EndsWith("/my%20rules/", root);

                var result = run.GetProperty("results")[0];
                Assert.Equal("STD0004", result.GetProperty("ruleId").GetString());
                var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
                Assert.Equal("standards/P1.2.yaml", artifact.GetProperty("uri").GetString());
                Assert.Equal("RULEBOOK_ROOT", artifact.GetProperty("uriBaseId").GetString());
                Assert.Equal("standards/P1.2.yaml", result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

                var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
                Assert.Equal("STD0004", rule.GetProperty("id").GetString());
                Assert.Equal(HelpBase + "STD0004.md", rule.GetProperty("helpUri").GetString());
                Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
                Assert.StartsWith("The same key appears twice in one mapping", rule.GetProperty("fullDescription").GetProperty("text").GetString());
                Assert.DoesNotContain(folder, output.Replace(root, string.Empty));
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(folder)!, true);
            }
        }

        [Fact]
        public void The_default_help_links_are_absolute()
        {
            var (_, output, _) = StandardsProcess.Run("check", "tests/corpus/broken/30-non-monotonic-ladder", "--format", "sarif");
            using var log = JsonDocument.Parse(output);
            foreach (var rule in log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            {
                Assert.True(Uri.TryCreate(rule.GetProperty("helpUri").GetString(), UriKind.Absolute, out _));
                Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            }
        }

        [Fact]
        public void A_relative_help_base_is_a_usage_error()
        {
            var (code, _, error) = StandardsProcess.Run("check", "rules", "--format", "sarif", "--help-base", "docs/diagnostics");
            Assert.Equal(2, code);
            Assert.Contains("not an absolute address", error);
        }
    }
}
