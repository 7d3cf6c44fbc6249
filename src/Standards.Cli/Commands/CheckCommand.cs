using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Examples;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards check [paths]</c>: every rule diagnostic at once, as text, JSON or SARIF. Exit code 1 on errors.</summary>
    internal sealed class CheckCommand
    {
        private readonly RulebookProvider _rulebooks;

        public CheckCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(IReadOnlyList<string> paths, string format, TextWriter output, TextWriter error)
        {
            var sources = new List<RuleSource>();
            if (paths.Count == 0)
            {
                sources.AddRange(_rulebooks.Sources(null));
            }

            foreach (var path in paths)
            {
                if (Directory.Exists(path)) sources.AddRange(RuleSourceReader.ReadDirectory(path));
                else if (File.Exists(path)) sources.Add(RuleSourceReader.ReadFile(path, path.Replace('\\', '/'), path));
                else
                {
                    error.WriteLine($"`{path}` is neither a rule file nor a folder");
                    return ExitCodes.Usage;
                }
            }

            var result = RulebookLoader.Load(sources, EvidenceSchema.Instance);
            var diagnostics = result.Diagnostics.ToList();
            if (!result.HasErrors && result.Rulebook != null)
            {
                // Example cases need the engine, so STD2009 comes from here and `standards test`, not from the analyzer.
                diagnostics.AddRange(ExampleCaseRunner.Check(CompiledRulebook.Compile(result.Rulebook)));
                diagnostics.Sort();
            }

            DiagnosticWriter.Write(diagnostics, format, output);
            return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
