using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Engine.Coverage;
using Standards.Engine.Examples;
using Standards.Engine.Presentation;

namespace Standards.Cli.Commands
{
    /// <summary>
    /// <c>standards test [DIR] [--filter NAME] [--quiet] [--junit FILE] [--coverage] [--min-coverage N] [--format json]</c>:
    /// runs the rulebook's example cases, one line per case; a failure shows only the standards that differ and
    /// the characteristics that decided them. With coverage, then reports what the cases exercised.
    /// </summary>
    internal sealed class TestCommand
    {
        private readonly RulebookProvider _rulebooks;

        public TestCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, TestOptions options, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            if (options.MinCoverage is double min && (min < 0 || min > 100))
            {
                error.WriteLine($"`--min-coverage {min}` is not a percentage from 0 to 100");
                return ExitCodes.Usage;
            }

            bool coverage = options.Coverage || options.MinCoverage != null;
            bool json = options.Format == "json";
            if (json && !coverage)
            {
                error.WriteLine("`--format json` is for the coverage report; add `--coverage`");
                return ExitCodes.Usage;
            }

            var rulebook = _rulebooks.LoadCompiled(rulesDirectory, error, out _);
            if (rulebook is null) return ExitCodes.Failed;
            var clock = Stopwatch.StartNew();
            var examples = rulebook.Rulebook.Examples
                .Where(e => options.Filter is null || e.Name.Contains(options.Filter, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (examples.Count == 0 && options.Filter != null)
            {
                error.WriteLine($"no example case matches `--filter {options.Filter}` (there are {rulebook.Rulebook.Examples.Count})");
                return ExitCodes.Usage;
            }

            var scale = rulebook.Rulebook.Manifest.Scale;
            var results = examples
                .Select(e => ExampleCaseRunner.Run(rulebook, e))
                .Select(o => (Outcome: o, Why: o.Passed ? Array.Empty<string>() : ExampleFailureWriter.Lines(o, scale)))
                .ToList();
            foreach (var (outcome, why) in results)
            {
                if ((options.Quiet && outcome.Passed) || json) continue;
                output.WriteLine($"{(outcome.Passed ? "pass" : "FAIL")}  {outcome.Example.Name}   [{SourceText.Of(outcome.Example.Span)}]");
                foreach (var line in why) output.WriteLine("      " + line);
            }

            int failed = results.Count(r => !r.Outcome.Passed);
            if (options.JUnitFile != null)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(options.JUnitFile));
                if (directory != null) Directory.CreateDirectory(directory);
                var junit = JUnitReportWriter.Build(results.Select(r => (r.Outcome, (System.Collections.Generic.IReadOnlyList<string>)r.Why)).ToList(), clock.Elapsed.TotalSeconds);
                using var writer = System.Xml.XmlWriter.Create(options.JUnitFile, new System.Xml.XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
                junit.Save(writer);
            }

            string filtered = options.Filter is null ? string.Empty : $", {rulebook.Rulebook.Examples.Count - examples.Count} filtered out";
            var summary = $"{results.Count - failed} passed, {failed} failed ({results.Count} example cases{filtered})";
            if (json) error.WriteLine(summary);
            else output.WriteLine(summary);
            if (!coverage) return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;

            var report = RulebookCoverage.Measure(rulebook, examples);
            if (json) CoverageWriter.WriteJson(report, output);
            else CoverageWriter.WriteText(report, output);
            if (options.MinCoverage is double minimum && report.Percent < minimum)
            {
                error.WriteLine($"coverage {report.Percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}% is below --min-coverage {minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)}%");
                return ExitCodes.Failed;
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
