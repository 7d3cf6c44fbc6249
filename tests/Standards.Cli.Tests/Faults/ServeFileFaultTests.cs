using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Standards.Cli.Tests.Faults
{
    /// <summary>
    /// The two faults that used to end <c>standards serve</c> silently with exit code 0, against a real process:
    /// a dangling symbolic link in the rules folder, and a file rewritten large and small while it is read.
    /// The process stays up, logs the problem, shows it in <c>/api/status</c> and keeps serving the last good hash.
    /// </summary>
    public sealed class ServeFileFaultTests
    {
        [Fact]
        public async Task A_dangling_symbolic_link_is_reported_and_the_last_good_hash_keeps_serving()
        {
            using var folder = new RulesFolderUnderTest();
            using var server = new ServerProcess("--rules", folder.Root);
            using var http = new HttpClient { BaseAddress = server.Address };
            var good = (await ServeUnderFaultsTests.StatusAsync(http)).Hash;

            folder.Break(RuleFault.DanglingSymlink);
            var status = await WaitForProblemsAsync(http);

            Assert.False(server.HasExited, "the server exited:\n" + server.Log);
            Assert.Equal(good, status.Hash);
            Assert.Contains("STD0020: the file is a symbolic link whose target does not exist", await http.GetStringAsync("/api/status"));
            Assert.Contains("standards/dangling.yaml(1,1): error STD0020", server.Log);
            await AssertRatesWithAsync(http, good);
        }

        [Fact]
        public async Task A_file_shrinking_and_growing_while_read_is_reported_and_the_last_good_hash_keeps_serving()
        {
            using var folder = new RulesFolderUnderTest();
            using var server = new ServerProcess("--rules", folder.Root);
            using var http = new HttpClient { BaseAddress = server.Address };
            var good = (await ServeUnderFaultsTests.StatusAsync(http)).Hash;
            var file = Path.Combine(folder.Root, "standards", "zz.yaml");
            var large = Encoding.ASCII.GetBytes(new string('#', 1_900_000) + "\n");

            // As the original report: a writer alternating a large and a small file, here for 3 s at 20 ms steps.
            var until = DateTime.UtcNow.AddSeconds(3);
            for (int i = 0; DateTime.UtcNow < until; i++)
            {
                await File.WriteAllBytesAsync(file, i % 2 == 0 ? large : "standard: [\n"u8.ToArray());
                await Task.Delay(20);
            }

            var status = await WaitForProblemsAsync(http);
            Assert.False(server.HasExited, "the server exited:\n" + server.Log);
            Assert.Equal(good, status.Hash);
            await AssertRatesWithAsync(http, good);
        }

        private static async Task<ServeStatus> WaitForProblemsAsync(HttpClient http)
        {
            for (int i = 0; i < 150; i++)
            {
                var status = await ServeUnderFaultsTests.StatusAsync(http);
                if (status.Problems > 0) return status;
                await Task.Delay(100);
            }

            throw new TimeoutException("the server did not report the fault within 15 s");
        }

        private static async Task AssertRatesWithAsync(HttpClient http, string hash)
        {
            var evidence = await File.ReadAllTextAsync(Path.Combine(StandardsProcess.RepoRoot, "examples", "national-picture.yaml"));
            using var rated = await http.PostAsync("/api/rate?format=json", new StringContent(evidence, Encoding.UTF8));
            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
            Assert.Equal(hash, Assert.Single(rated.Headers.GetValues("X-Rulebook-Hash")));
        }
    }
}
