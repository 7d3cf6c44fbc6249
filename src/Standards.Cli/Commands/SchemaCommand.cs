using System.IO;
using Standards.Cli.Hosting;
using Standards.Engine.Evidence;
using Standards.Engine.Schema;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards schema [--output FILE]</c>: the JSON Schema for rule files, generated from the rule model and the fact types.</summary>
    internal sealed class SchemaCommand
    {
        private readonly RulebookProvider _rulebooks;

        public SchemaCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, string? outputFile, bool evidence, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            if (evidence) return Write(EvidenceFileSchema.Generate(EvidenceSchema.Instance), outputFile, output);
            var loaded = _rulebooks.Load(rulesDirectory);
            if (loaded.Rulebook is null)
            {
                error.WriteLine("the rulebook's manifest has errors, so its grades are unknown; run `standards check` first");
                return ExitCodes.Failed;
            }

            return Write(RuleFileSchema.Generate(loaded.Rulebook.Manifest.Scale, EvidenceSchema.Instance), outputFile, output);
        }

        private static int Write(string schema, string? outputFile, TextWriter output)
        {
            if (outputFile is null)
            {
                output.Write(schema);
            }
            else
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(outputFile));
                if (directory != null) Directory.CreateDirectory(directory);
                File.WriteAllText(outputFile, schema);
                output.WriteLine($"wrote {outputFile}");
            }

            return ExitCodes.Success;
        }
    }
}
