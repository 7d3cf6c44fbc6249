using System.IO;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Engine.Evidence;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards rate &lt;evidence&gt;</c>: provisional ratings as a table, JSON, Markdown or HTML.</summary>
    internal sealed class RateCommand
    {
        private readonly RulebookProvider _rulebooks;

        public RateCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string evidencePath, string? rulesDirectory, string format, TextWriter output, TextWriter error)
        {
            if (!File.Exists(evidencePath))
            {
                error.WriteLine($"the evidence file `{evidencePath}` does not exist");
                return ExitCodes.Usage;
            }

            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            var rulebook = _rulebooks.LoadCompiled(rulesDirectory, error, out _);
            if (rulebook is null) return ExitCodes.Failed;
            var evidence = EvidenceReader.ReadFile(evidencePath, rulebook.Rulebook);
            if (evidence.Evidence is null)
            {
                error.WriteLine($"the evidence in {evidencePath} is not valid, so no rating was made:");
                foreach (var d in evidence.Diagnostics) error.WriteLine(d.ToString());
                return ExitCodes.Failed;
            }

            var report = rulebook.Rate(evidence.Evidence);
            switch (format)
            {
                case "json": ReportJsonWriter.Write(report, evidence.Evidence, output); break;
                case "markdown": MarkdownReportWriter.Write(report, output); break;
                case "html": HtmlReportWriter.Write(report, evidence.Evidence, output); break;
                default: ReportTableWriter.Write(report, output); break;
            }

            return ExitCodes.Success;
        }
    }
}
