using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;

namespace Standards.Cli.Hosting
{
    /// <summary>
    /// <c>standards --version</c>: the tool's version, then the embedded reference rulebook's id, version and
    /// content hash, so a rating can be traced to both.
    /// </summary>
    internal sealed class VersionAction : SynchronousCommandLineAction
    {
        /// <summary>Makes the root command's <c>--version</c> option print the rulebook too.</summary>
        public static void Attach(RootCommand root)
        {
            foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction();
        }

        /// <inheritdoc />
        public override int Invoke(ParseResult parseResult)
        {
            var loaded = new RulebookProvider().Load(null);
            Console.Out.WriteLine($"standards {ToolVersion.Semantic}");
            if (loaded.Rulebook is null)
            {
                Console.Error.WriteLine("the embedded rulebook cannot be read; this build of standards is broken");
                return ExitCodes.InternalError;
            }

            var manifest = loaded.Rulebook.Manifest;
            Console.Out.WriteLine($"embedded rulebook {manifest.Id} {manifest.Version} (sha256 {loaded.Rulebook.ContentHash})");
            return ExitCodes.Success;
        }
    }
}
