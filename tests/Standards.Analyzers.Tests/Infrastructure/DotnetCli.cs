using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>The outcome of one <c>dotnet</c> command: exit code and combined output.</summary>
    internal sealed record DotnetResult(int ExitCode, string Output)
    {
        /// <summary>The last lines of the output, for assertion messages.</summary>
        public string Tail(int characters = 6000) =>
            Output.Length <= characters ? Output : "..." + Output.Substring(Output.Length - characters);
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a child process with a time limit, without build servers (so no compiler
    /// server caches an old analyzer and no node outlives the test), and without the MSBuild variables the test
    /// host may carry.
    /// </summary>
    internal static class DotnetCli
    {
        /// <summary>The default limit for one command.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(6);

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
        public static async Task<DotnetResult> RunAsync(string workingDirectory, string[] arguments, TimeSpan? timeout = null,
            (string Name, string Value)[]? environment = null)
        {
            var start = new ProcessStartInfo(DotnetPath())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["UseSharedCompilation"] = "false";
            foreach (var (name, value) in environment ?? Array.Empty<(string, string)>()) start.Environment[name] = value;

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var limit = timeout ?? DefaultTimeout;
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(limit)) != exited)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`dotnet {string.Join(" ", arguments)}` did not finish within {limit}:{Environment.NewLine}{output}");
            }

            await exited;
            process.WaitForExit();
            lock (output) return new DotnetResult(process.ExitCode, output.ToString());
        }

        /// <summary>Runs <c>dotnet build</c> on <paramref name="project"/> with the compiler in-process.</summary>
        public static Task<DotnetResult> BuildAsync(string workingDirectory, string project, params string[] extra) =>
            RunAsync(workingDirectory, Concat(new[] { "build", project, "--disable-build-servers", "-p:UseSharedCompilation=false", "-nologo", "-v:q", "-clp:NoSummary" }, extra));

        private static string[] Concat(string[] first, string[] second)
        {
            var all = new string[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }

        private static string DotnetPath()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && System.IO.File.Exists(host) ? host : "dotnet";
        }
    }
}
