using System;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>
    /// How many random cases the differential tests draw, and from which seed. CI runs a fixed-seed slice (2,000
    /// evidence sets on the reference rulebook, 30 random rulebooks × 10 evidence sets);
    /// <c>STANDARDS_DIFFERENTIAL_RUNS=100000</c> (and optionally <c>STANDARDS_DIFFERENTIAL_SEED</c>) runs the long one:
    /// that many evidence sets on the reference rulebook and a hundredth as many random rulebooks.
    /// </summary>
    internal static class DifferentialRuns
    {
        public static int Count(int ciSlice) =>
            int.TryParse(Environment.GetEnvironmentVariable("STANDARDS_DIFFERENTIAL_RUNS"), out var n) && n > 0 ? n : ciSlice;

        public static ulong Seed =>
            ulong.TryParse(Environment.GetEnvironmentVariable("STANDARDS_DIFFERENTIAL_SEED"), out var s) ? s : 20261202UL;

        /// <summary>An FsCheck configuration that runs <paramref name="count"/> tests replaying <see cref="Seed"/>, throwing on the first failure.</summary>
        public static Config Config(int count) =>
            FsCheck.Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true)
                .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)));
    }
}
