using System;
using System.Diagnostics;
using System.IO;

namespace Standards.Cli.Tests
{
    /// <summary>Runs the real <c>standards</c> command as a process, from the repository root.</summary>
    internal static class StandardsProcess
    {
        public static string RepoRoot { get; } = FindRoot();

        public static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "standards.dll");
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(dll);
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(true);
                throw new TimeoutException("standards " + string.Join(" ", args) + " did not finish in 120 s");
            }

            return (process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
        }

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Standards.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find Standards.sln above " + AppContext.BaseDirectory);
        }
    }
}
