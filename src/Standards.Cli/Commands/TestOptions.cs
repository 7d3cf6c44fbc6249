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

        /// <summary>Measure and report what the example cases exercise.</summary>
        public bool Coverage { get; init; }

        /// <summary>Fail (exit code 1) when coverage is below this percentage; implies <see cref="Coverage"/>.</summary>
        public double? MinCoverage { get; init; }

        /// <summary><c>text</c>, or <c>json</c> for the coverage report alone on standard output.</summary>
        public string Format { get; init; } = "text";
    }
}
