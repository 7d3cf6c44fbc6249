using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace Standards.Cli.Tests
{
    /// <summary>
    /// Starts <c>standards serve --port 0</c> as a real process and reads the address it prints. Its log
    /// (standard error) is drained as it comes, so a chatty server never blocks on a full pipe.
    /// </summary>
    public sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        public ServerProcess(params string[] extraArgs)
            : this(StandardsProcess.RepoRoot, extraArgs)
        {
        }

        /// <summary>Starts the server with <paramref name="workingDirectory"/> as its current folder.</summary>
        public ServerProcess(string workingDirectory, string[] extraArgs)
        {
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "standards.dll"));
            info.ArgumentList.Add("serve");
            info.ArgumentList.Add("--port");
            info.ArgumentList.Add("0");
            foreach (var a in extraArgs) info.ArgumentList.Add(a);
            _process = Process.Start(info)!;
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (_log) _log.AppendLine(e.Data);
            };
            _process.BeginErrorReadLine();
            var line = _process.StandardOutput.ReadLineAsync();
            if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is null)
            {
                Dispose();
                throw new InvalidOperationException("standards serve did not start: " + Log);
            }

            var match = Regex.Match(line.Result, @"http://127\.0\.0\.1:\d+");
            if (!match.Success) throw new InvalidOperationException("unexpected first line: " + line.Result);
            Address = new Uri(match.Value);
        }

        public Uri Address { get; }

        /// <summary>True once the server process has ended.</summary>
        public bool HasExited => _process.HasExited;

        /// <summary>What the server logged on standard error so far.</summary>
        public string Log
        {
            get
            {
                lock (_log) return _log.ToString();
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(true);
            _process.WaitForExit(10_000);
            _process.Dispose();
        }
    }
}
