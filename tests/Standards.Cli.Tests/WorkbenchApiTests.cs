using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>The workbench's routes on a real loopback server.</summary>
    public class WorkbenchApiTests : IClassFixture<WorkbenchApiTests.Server>
    {
        private readonly HttpClient _http;

        public WorkbenchApiTests(Server server)
        {
            _http = server.Http;
        }

        [Fact]
        public async Task Examples_are_found_beside_the_tool_and_carry_no_notes_about_source_files()
        {
            var names = JsonSerializer.Deserialize<string[]>(await _http.GetStringAsync("/api/examples"))!;
            Assert.Contains("national-picture", names);
            var body = await _http.GetStringAsync("/api/examples/national-picture.yaml");
            Assert.DoesNotContain("seed", body);
            Assert.DoesNotContain(" line ", body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal(60, json.RootElement.GetProperty("evidence").GetProperty("workforce").GetProperty("po").GetProperty("target_fte").GetDouble());
            Assert.Equal("35%", json.RootElement.GetProperty("evidence").GetProperty("workforce").GetProperty("trainee_percent").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/examples/..%2Frules%2Frulebook")).StatusCode);
        }

        [Fact]
        public async Task Malformed_evidence_gets_400_with_each_diagnostic_tied_to_its_field()
        {
            var json = "{\n \"workforce\": {\n  \"po\": {\n   \"in_post_fte\": -3\n  },\n  \"trainee_percent\": \"0.35\"\n },\n \"unknown_group\": 1\n}";
            var response = await _http.PostAsync("/api/rate?format=fragment", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var fields = body.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("field").GetString())).ToList();
            Assert.Contains(("STD4003", "workforce.po.in_post_fte"), fields);
            Assert.Contains(("STD4002", "workforce.trainee_percent"), fields);
            Assert.Contains(fields, f => f.Item2 == "unknown_group");
        }

        [Fact]
        public async Task Edited_evidence_downloads_as_yaml_that_reads_back_to_the_same_ratings()
        {
            var original = await File.ReadAllTextAsync(Path.Combine(StandardsProcess.RepoRoot, "examples", "national-picture.yaml"));
            var tree = JsonDocument.Parse(await _http.GetStringAsync("/api/examples/national-picture")).RootElement.GetProperty("evidence").GetRawText();
            var yaml = await (await _http.PostAsync("/api/yaml", new StringContent(tree, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync();
            Assert.Single(yaml.Split('\n'), l => l.TrimStart().StartsWith("#"));
            Assert.Contains("  trainee_percent: 35%\n", yaml);
            Assert.Contains("    - prompt: P1.1.1a\n      key_question: P1.1.1\n      met: true\n", yaml);

            var before = await (await _http.PostAsync("/api/rate?format=json", new StringContent(original, Encoding.UTF8))).Content.ReadAsStringAsync();
            var after = await (await _http.PostAsync("/api/rate?format=json", new StringContent(yaml, Encoding.UTF8))).Content.ReadAsStringAsync();
            Assert.Equal(before, after);
        }

        [Fact]
        public async Task The_page_and_its_assets_are_served_by_the_tool_itself()
        {
            var page = await _http.GetStringAsync("/");
            Assert.Contains("id=\"f-workforce-po-target_fte\"", page);
            Assert.Contains("from 0% to 100%", page);
            Assert.DoesNotContain("http://", page.Replace("http://www.w3.org", string.Empty));
            Assert.Contains("function rate()", await _http.GetStringAsync("/assets/workbench.js"));
            Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/assets/secrets.txt")).StatusCode);
        }

        /// <summary>A server started from the temp folder: the examples it offers must come from beside the tool.</summary>
        public sealed class Server : System.IDisposable
        {
            private readonly ServerProcess _process = new ServerProcess(Path.GetTempPath(), System.Array.Empty<string>());

            public Server()
            {
                Http = new HttpClient { BaseAddress = _process.Address };
            }

            public HttpClient Http { get; }

            public void Dispose()
            {
                Http.Dispose();
                _process.Dispose();
            }
        }
    }
}
