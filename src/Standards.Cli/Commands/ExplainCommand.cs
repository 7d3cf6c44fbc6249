using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Engine.Evidence;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards explain &lt;evidence&gt; [--standard P1.2]</c>: the trace behind each rating.</summary>
    internal sealed class ExplainCommand
    {
        private readonly RulebookProvider _rulebooks;

        public ExplainCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string evidencePath, string? rulesDirectory, string? standard, TextWriter output, TextWriter error)
        {
            if (!File.Exists(evidencePath))
            {
                error.WriteLine($"the evidence file `{evidencePath}` does not exist");
                return ExitCodes.Usage;
            }

            var rulebook = _rulebooks.LoadCompiled(rulesDirectory, error, out _);
            if (rulebook is null) return ExitCodes.Failed;
            if (standard != null && rulebook.Rulebook.FindStandard(standard) is null)
            {
                var ids = rulebook.Rulebook.Standards.Select(s => s.Id);
                error.WriteLine($"`{standard}` is not a standard of the rulebook{Rules.Diagnostics.Suggestions.Hint(standard, ids)} (standards: {string.Join(", ", ids)})");
                return ExitCodes.Usage;
            }

            var evidence = EvidenceReader.ReadFile(evidencePath);
            if (evidence.Evidence is null)
            {
                error.WriteLine($"the evidence in {evidencePath} is not valid, so no rating was made:");
                foreach (var d in evidence.Diagnostics) error.WriteLine(d.ToString());
                return ExitCodes.Failed;
            }

            ExplanationWriter.Write(rulebook.Rate(evidence.Evidence), evidence.Evidence, standard, output);
            return ExitCodes.Success;
        }
    }
}
