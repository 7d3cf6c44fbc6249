using System;
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
            var one = new Stopwatch();
            while (total.Elapsed < duration)
            {
                var input = report.Inputs < corpus.Count ? corpus[(int)report.Inputs] : mutator.Mutate(corpus[mutator.Next(corpus.Count)], corpus);
                report.Inputs++;
                one.Restart();
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

                double ms = one.Elapsed.TotalMilliseconds;
                report.SlowestMs = Math.Max(report.SlowestMs, ms);
                if (one.Elapsed > SlowLimit) report.Slow.Add((input, ms));
            }

            return report;
        }
    }
}
