using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Standards.Cli.Tests
{
    public class ServeCommandTests
    {
        [Fact]
        public async Task Rates_posted_evidence_and_rejects_impossible_values_with_positions()
        {
            using var server = new ServerProcess();
            using var http = new HttpClient { BaseAddress = server.Address };
            var evidence = await File.ReadAllTextAsync(Path.Combine(StandardsProcess.RepoRoot, "examples", "national-picture.yaml"));
            var rated = await http.PostAsync("/api/rate?format=json", new StringContent(evidence, Encoding.UTF8));
            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
            using var report = JsonDocument.Parse(await rated.Content.ReadAsStringAsync());
            Assert.Equal("inadequate", report.RootElement.GetProperty("overall").GetProperty("lowest").GetString());

            var bad = await http.PostAsync("/api/rate", new StringContent("case_sample:\n  oversight_sufficient_percent: 120%\n", Encoding.UTF8));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            using var problems = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            var first = problems.RootElement.GetProperty("diagnostics")[0];
            Assert.Equal("STD4003", first.GetProperty("id").GetString());
            Assert.Equal(2, first.GetProperty("line").GetInt32());
            Assert.Equal(33, first.GetProperty("column").GetInt32());
            Assert.Equal("case_sample.oversight_sufficient_percent", first.GetProperty("field").GetString());
            for (int i = 0; i < 50 && !server.Log.Contains("answered 400", StringComparison.Ordinal); i++) await Task.Delay(100);
            Assert.Matches(@"POST /api/rate answered 400 in [0-9.]+ ms", server.Log);
        }

        [Fact]
        public async Task A_broken_rulebook_edit_keeps_the_last_good_rulebook_serving()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-serve-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                using var server = new ServerProcess("--rules", copy);
                using var http = new HttpClient { BaseAddress = server.Address };
                var before = JsonDocument.Parse(await http.GetStringAsync("/api/status")).RootElement;
                Assert.Equal(0, before.GetProperty("problems").GetArrayLength());
                var hash = before.GetProperty("content_hash").GetString();

                var file = Path.Combine(copy, "standards", "P1.2-staffing.yaml");
                await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("oversight_sufficient_percent", "oversight_sufficent_percent"));
                JsonElement after = default;
                for (int i = 0; i < 60; i++)
                {
                    await Task.Delay(250);
                    after = JsonDocument.Parse(await http.GetStringAsync("/api/status")).RootElement;
                    if (after.GetProperty("problems").GetArrayLength() > 0) break;
                }

                Assert.Contains("STD1003", after.GetProperty("problems")[0].GetString());
                Assert.Equal(hash, after.GetProperty("content_hash").GetString());
                var evidence = await File.ReadAllTextAsync(Path.Combine(StandardsProcess.RepoRoot, "examples", "national-picture.yaml"));
                var rated = await http.PostAsync("/api/rate?format=json", new StringContent(evidence, Encoding.UTF8));
                Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }
    }
}
