using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>
    /// An in-process mutation fuzzer: mutates the target's seeds with a seeded <see cref="Mutator"/> for a fixed
    /// time, runs each input through the target, and records crashes (any exception), inputs over
    /// <see cref="SlowLimit"/>, and diagnostics without a position.
    /// </summary>
    internal static class MutationFuzzer
    {
        /// <summary>An input slower than this is a finding.</summary>
        public static readonly TimeSpan SlowLimit = TimeSpan.FromSeconds(1);

        public static FuzzReport Run(FuzzTarget target, int seed, TimeSpan duration)
        {
            var report = new FuzzReport(target.Name);
            var mutator = new Mutator(seed);
            var corpus = target.Seeds.ToList();
            target.Run(corpus[0]); // warm-up: the first call pays for JIT compilation, which is not the reader's time
            var total = Stopwatch.StartNew();
            while (total.Elapsed < duration)
            {
                var input = report.Inputs < corpus.Count ? corpus[(int)report.Inputs] : mutator.Mutate(corpus[mutator.Next(corpus.Count)], corpus);
                Try(target, input, report);
            }

            return report;
        }

        /// <summary>Runs saved inputs (for instance the findings of a long run) through the target once each.</summary>
        public static FuzzReport Replay(FuzzTarget target, IEnumerable<byte[]> inputs)
        {
            var report = new FuzzReport(target.Name);
            target.Run(target.Seeds[0]);
            foreach (var input in inputs) Try(target, input, report);
            return report;
        }

        /// <summary>
        /// Runs one input. Its time is the processor time this process spent on it, not the wall clock: on a
        /// shared machine a reader descheduled for seconds is not a slow reader.
        /// </summary>
        private static void Try(FuzzTarget target, byte[] input, FuzzReport report)
        {
            report.Inputs++;
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            try
            {
                var diagnostics = target.Run(input);
                report.Diagnostics += diagnostics.Count;
                var bad = diagnostics.FirstOrDefault(d => d.Span.Path.Length == 0 || d.Span.Line < 1 || d.Span.Column < 1);
                if (bad != null) report.Unpositioned.Add((input, bad.ToString()));
            }
            catch (Exception e)
            {
                report.Crashes.Add((input, e.ToString()));
            }

            process.Refresh();
            var cpu = process.TotalProcessorTime - before;
            report.SlowestMs = Math.Max(report.SlowestMs, cpu.TotalMilliseconds);
            report.SlowestWallMs = Math.Max(report.SlowestWallMs, wall.Elapsed.TotalMilliseconds);
            if (cpu > SlowLimit) report.Slow.Add((input, cpu.TotalMilliseconds));
        }
    }
}
