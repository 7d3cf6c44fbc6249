using System.Collections.Generic;
using System.IO;
using Standards.Engine;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Kernel;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;
using Standards.Rules.Model;

namespace Standards.Cli.Hosting
{
    /// <summary>Loads the rulebook a command runs on: the embedded reference rulebook, or the folder given with <c>--rules</c>.</summary>
    internal sealed class RulebookProvider
    {
        /// <summary>Reads the rule files of <paramref name="directory"/>, or the embedded rulebook when it is null.</summary>
        public IReadOnlyList<RuleSource> Sources(string? directory) =>
            directory is null ? DefaultRulebook.Sources() : RuleSourceReader.ReadDirectory(directory);

        /// <summary>
        /// True, after saying so on <paramref name="errors"/>, when a folder was named but does not exist: a usage
        /// error (exit code 2), not a rulebook problem.
        /// </summary>
        public static bool IsMissingFolder(string? directory, TextWriter errors)
        {
            if (directory is null || Directory.Exists(directory)) return false;
            errors.WriteLine($"the rulebook folder `{directory}` does not exist");
            return true;
        }

        /// <summary>Loads and validates the rulebook.</summary>
        public RulebookLoadResult Load(string? directory) => RulebookLoader.Load(Sources(directory), EvidenceSchema.Instance);

        /// <summary>Loads the rulebook and compiles it when it has no errors.</summary>
        public CompiledRulebook? LoadCompiled(string? directory, TextWriter errors, out RulebookLoadResult result) =>
            LoadValid(directory, errors, out result) is { } rulebook ? CompiledRulebook.Compile(rulebook) : null;

        /// <summary>Loads the rulebook and compiles it to a <see cref="RatingKernel"/> for bulk rating when it has no errors.</summary>
        public RatingKernel? LoadKernel(string? directory, TextWriter errors) =>
            LoadValid(directory, errors, out _) is { } rulebook ? RatingKernel.Compile(rulebook) : null;

        private Rulebook? LoadValid(string? directory, TextWriter errors, out RulebookLoadResult result)
        {
            result = Load(directory);
            if (result.HasErrors || result.Rulebook is null)
            {
                WriteErrors(directory, result.Diagnostics, errors);
                return null;
            }

            return result.Rulebook;
        }

        /// <summary>Tells the user the rulebook cannot be used, and why.</summary>
        public static void WriteErrors(string? directory, IEnumerable<Diagnostic> diagnostics, TextWriter errors)
        {
            errors.WriteLine($"the rulebook{(directory is null ? string.Empty : " in " + directory)} has errors; fix them first (`standards check{(directory is null ? string.Empty : " " + directory)}`):");
            foreach (var d in diagnostics) errors.WriteLine(d.ToString());
        }
    }
}
