using System;
using System.Collections.Generic;
using Standards.Rules.Diagnostics;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>One reader under fuzzing: its name, its seed inputs and how to run one input through it.</summary>
    /// <param name="Name">The name in reports.</param>
    /// <param name="Seeds">Inputs to start mutating from.</param>
    /// <param name="Run">Reads one input and returns every diagnostic; an exception is a crash.</param>
    internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], IReadOnlyList<Diagnostic>> Run);
}
