using System;
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
    /// <summary><c>standards check [paths]</c>: every rule diagnostic at once, as text, JSON or SARIF. Exit code 1 on errors (and on warnings with <c>--warnings-as-errors</c>).</summary>
    internal sealed class CheckCommand
    {
        private readonly RulebookProvider _rulebooks;

        public CheckCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(IReadOnlyList<string> paths, string format, string helpBase, bool warningsAsErrors, TextWriter output, TextWriter error)
        {
            if (!Uri.TryCreate(helpBase, UriKind.Absolute, out _))
            {
                error.WriteLine($"`--help-base {helpBase}` is not an absolute address such as {DiagnosticDescriptor.DefaultHelpBase}");
                return ExitCodes.Usage;
            }

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

            DiagnosticWriter.Write(diagnostics, format, RulebookRoot(paths, sources), helpBase, output);
            bool failed = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || (warningsAsErrors && d.Severity == DiagnosticSeverity.Warning));
            return failed ? ExitCodes.Failed : ExitCodes.Success;
        }

        /// <summary>The folder SARIF paths are relative to: the one folder checked, else the files' deepest common folder.</summary>
        internal static string RulebookRoot(IReadOnlyList<string> paths, IReadOnlyList<RuleSource> sources)
        {
            if (paths.Count == 1 && Directory.Exists(paths[0])) return Path.GetFullPath(paths[0]);
            var folders = sources.Select(s => Path.GetDirectoryName(Path.GetFullPath(s.Path)) ?? string.Empty).Distinct().ToList();
            if (folders.Count == 0) return Directory.GetCurrentDirectory();
            var common = folders[0];
            foreach (var folder in folders.Skip(1))
            {
                while (!IsWithin(folder, common)) common = Path.GetDirectoryName(common) ?? string.Empty;
            }

            return common;
        }

        private static bool IsWithin(string folder, string ancestor) =>
            folder == ancestor || folder.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
