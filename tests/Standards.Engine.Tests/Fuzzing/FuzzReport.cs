using System.Collections.Generic;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>What a fuzzing pass over one target found. Crashes, slow inputs and unpositioned diagnostics must all be zero.</summary>
    internal sealed class FuzzReport
    {
        public FuzzReport(string target)
        {
            Target = target;
        }

        public string Target { get; }

        public long Inputs { get; set; }

        public long Diagnostics { get; set; }

        /// <summary>The most processor time one input took.</summary>
        public double SlowestMs { get; set; }

        /// <summary>The most wall-clock time one input took (includes time the machine gave to other processes).</summary>
        public double SlowestWallMs { get; set; }

        /// <summary>Inputs that threw, with the exception.</summary>
        public List<(byte[] Input, string Error)> Crashes { get; } = new();

        /// <summary>Inputs that took over the time limit.</summary>
        public List<(byte[] Input, double Ms)> Slow { get; } = new();

        /// <summary>Inputs that gave a diagnostic without a file, line or column.</summary>
        public List<(byte[] Input, string Diagnostic)> Unpositioned { get; } = new();

        public override string ToString() =>
            $"{Target}: {Inputs:N0} inputs, {Diagnostics:N0} diagnostics, {Crashes.Count} crashes, {Slow.Count} inputs over 1 s of processor time (slowest {SlowestMs:F0} ms; {SlowestWallMs:F0} ms wall clock), {Unpositioned.Count} diagnostics without a position";
    }
}
