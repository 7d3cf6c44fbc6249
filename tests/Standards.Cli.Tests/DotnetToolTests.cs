using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>
    /// <c>standards</c> packs as a dotnet tool, installs from a local folder feed into a temporary tool path, and
    /// runs from there: <c>--version</c> and <c>rate</c> on a bundled example with the embedded rulebook.
    /// </summary>
    [Trait("Category", "Build")]
    public sealed class DotnetToolTests
    {
        [Fact]
        public async Task The_tool_packs_installs_from_a_local_feed_and_rates_an_example()
        {
            using var root = new TemporaryDirectory("tool");
            var feed = root.Combine("feed");

            // Pack the build this test runs against (no second build), under a version no registry has.
            var version = "0.1.0-test." + Guid.NewGuid().ToString("N").Substring(0, 12);
            var pack = await DotnetCli.RunAsync(StandardsProcess.RepoRoot, new[]
            {
                "pack", "src/Standards.Cli", "--no-build", "-c", Configuration(), "-o", feed, "-p:Version=" + version,
                "-p:NuspecOutputPath=" + root.Combine("nuspec") + "/", "-p:PublishDir=" + root.Combine("publish") + "/", "-nologo",
            });
            Assert.True(pack.ExitCode == 0, "pack failed:" + Environment.NewLine + pack.Tail());
            var package = Path.Combine(feed, $"Standards.Tool.{version}.nupkg");
            using (var zip = ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("tools/net10.0/any/standards.dll", entries);
                Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
                Assert.Contains("tools/net10.0/any/Standards.Engine.dll", entries);
            }

            var tools = root.Combine("tools");
            var install = await DotnetCli.RunAsync(root.Path,
                new[] { "tool", "install", "Standards.Tool", "--version", version, "--tool-path", tools, "--add-source", feed },
                environment: new[] { ("NUGET_PACKAGES", root.Combine("packages")) });
            Assert.True(install.ExitCode == 0, "install failed:" + Environment.NewLine + install.Tail());
            var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "standards.exe" : "standards");
            Assert.True(File.Exists(command), "the tool path should hold the `standards` command");

            var versionRun = await Run(command, "--version");
            Assert.Equal(0, versionRun.ExitCode);
            Assert.Matches(@"^standards \d+\.\d+\.\d+\nembedded rulebook hmip-probation-pdu \S+ \(sha256 [0-9a-f]{64}\)\n$", versionRun.Output.Replace("\r\n", "\n"));

            var rate = await Run(command, "rate", Path.Combine(StandardsProcess.RepoRoot, "examples", "national-picture.yaml"));
            Assert.Equal(0, rate.ExitCode);
            Assert.Contains("Provisional ratings for National picture", rate.Output);
            Assert.Contains("Staffing", rate.Output);
        }

        private static string Configuration()
        {
            // tests/Standards.Cli.Tests/bin/<configuration>/net10.0/
            var dir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return dir.Parent!.Name;
        }

        private static async Task<(int ExitCode, string Output)> Run(string command, params string[] args)
        {
            var info = new System.Diagnostics.ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = System.Diagnostics.Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            return (process.ExitCode, await output + await error);
        }
    }
}
