using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>
    /// A short fixed-seed fuzzing pass over the rule loader, the evidence reader and the case-sample CSV reader:
    /// no input may throw, take over 1 s, or give a diagnostic without a position. STANDARDS_FUZZ_SECONDS (per
    /// target), STANDARDS_FUZZ_SEED and STANDARDS_FUZZ_FINDINGS (a folder for failing inputs) turn it into the
    /// long run recorded in docs/fuzzing.md; STANDARDS_FUZZ_REPLAY (a findings folder) runs saved inputs instead.
    /// </summary>
    public sealed class FuzzPassTests : IDisposable
    {
        private readonly ITestOutputHelper _output;
        private readonly string _scratch = Path.Combine(Path.GetTempPath(), "standards-fuzz-" + Guid.NewGuid().ToString("N"));

        public FuzzPassTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_scratch);
        }

        public static TheoryData<string> Targets() => new() { "rules", "evidence", "csv" };

        [Theory]
        [MemberData(nameof(Targets))]
        public void A_fixed_seed_pass_finds_no_crash_no_slow_input_and_no_unpositioned_diagnostic(string name)
        {
            var target = name switch
            {
                "rules" => FuzzTargets.RuleFiles(),
                "evidence" => FuzzTargets.EvidenceFiles(),
                _ => FuzzTargets.CaseSampleFiles(_scratch),
            };
            int seed = Setting("STANDARDS_FUZZ_SEED", 20261202);
            var duration = TimeSpan.FromSeconds(Setting("STANDARDS_FUZZ_SECONDS", 3));

            var replay = Environment.GetEnvironmentVariable("STANDARDS_FUZZ_REPLAY");
            var report = string.IsNullOrEmpty(replay)
                ? MutationFuzzer.Run(target, seed, duration)
                : MutationFuzzer.Replay(target, Directory.GetFiles(replay, name + "-*").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes));

            _output.WriteLine($"fuzz (seed {seed}, {duration.TotalSeconds:F0} s) {report}");
            Save(name, report);
            Assert.True(report.Inputs >= 20 || !string.IsNullOrEmpty(replay), $"only {report.Inputs} inputs");
            Assert.True(report.Crashes.Count == 0, "crash: " + report.Crashes.Select(c => c.Error).FirstOrDefault());
            Assert.True(report.Slow.Count == 0, $"{report.Slow.Count} inputs over 1 s, slowest {report.SlowestMs:F0} ms");
            Assert.True(report.Unpositioned.Count == 0, "no position: " + report.Unpositioned.Select(u => u.Diagnostic).FirstOrDefault());
        }

        public void Dispose() => Directory.Delete(_scratch, true);

        private static void Save(string name, FuzzReport report)
        {
            var folder = Environment.GetEnvironmentVariable("STANDARDS_FUZZ_FINDINGS");
            if (string.IsNullOrEmpty(folder)) return;
            Directory.CreateDirectory(folder);
            var findings = report.Crashes.Select(c => (c.Input, "crash"))
                .Concat(report.Slow.Select(s => (s.Input, "slow")))
                .Concat(report.Unpositioned.Select(u => (u.Input, "unpositioned")));
            int n = 0;
            foreach (var (input, kind) in findings) File.WriteAllBytes(Path.Combine(folder, $"{name}-{kind}-{n++}.bin"), input);
        }

        private static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
    }
}
