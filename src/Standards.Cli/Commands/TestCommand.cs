using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Engine.Examples;
using Standards.Engine.Presentation;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards test [DIR]</c>: runs the rulebook's example cases and shows each failure with its explanation.</summary>
    internal sealed class TestCommand
    {
        private readonly RulebookProvider _rulebooks;

        public TestCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, TextWriter output, TextWriter error)
        {
            var rulebook = _rulebooks.LoadCompiled(rulesDirectory, error, out _);
            if (rulebook is null) return ExitCodes.Failed;
            var outcomes = ExampleCaseRunner.Run(rulebook);
            foreach (var outcome in outcomes)
            {
                output.WriteLine($"{(outcome.Passed ? "pass" : "FAIL")}  {outcome.Example.Name}   [{SourceText.Of(outcome.Example.Span)}]");
                if (outcome.Passed) continue;
                foreach (var failure in outcome.Failures) output.WriteLine($"      {failure}");
                if (outcome.Report != null && outcome.Evidence != null)
                {
                    foreach (var target in outcome.Example.Expectations.Where(e => e.Target != Rules.Model.ExpectedRating.OverallTarget).Select(e => e.Target).Distinct())
                    {
                        using var explanation = new StringWriter();
                        ExplanationWriter.Write(outcome.Report, outcome.Evidence, target, explanation);
                        foreach (var line in explanation.ToString().Split('\n').Skip(1)) output.WriteLine("      " + line.TrimEnd('\r'));
                    }
                }
            }

            int failed = outcomes.Count(o => !o.Passed);
            output.WriteLine($"{outcomes.Count - failed} passed, {failed} failed ({outcomes.Count} example cases)");
            return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
