namespace Standards.Cli.Commands
{
    /// <summary>How <c>standards test</c> selects and reports example cases.</summary>
    internal sealed class TestOptions
    {
        /// <summary>Run only the example cases whose name contains this text (any case), or all when null.</summary>
        public string? Filter { get; init; }

        /// <summary>Print only failing cases and the summary line.</summary>
        public bool Quiet { get; init; }

        /// <summary>Also write JUnit XML to this file, or nothing when null.</summary>
        public string? JUnitFile { get; init; }
    }
}
