using System;
using System.IO;

namespace Standards.Cli.Serve
{
    /// <summary>
    /// Finds the folder of example evidence offered on the page. Without <c>--examples</c>, it is the <c>examples</c>
    /// folder beside the rulebook folder (or inside it), else the one shipped beside the tool, never the current folder.
    /// An explicit <c>--examples</c> is taken as typed.
    /// </summary>
    internal static class ExamplesLocator
    {
        /// <summary>The folder name looked for.</summary>
        public const string FolderName = "examples";

        public static string Resolve(string? explicitFolder, string? rulesDirectory, string toolDirectory)
        {
            if (!string.IsNullOrEmpty(explicitFolder)) return Path.GetFullPath(explicitFolder);
            if (rulesDirectory != null)
            {
                var rules = Path.GetFullPath(rulesDirectory);
                foreach (var candidate in new[] { Path.Combine(rules, FolderName), Path.Combine(Path.GetDirectoryName(rules.TrimEnd(Path.DirectorySeparatorChar)) ?? rules, FolderName) })
                {
                    if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "*.yaml").Length > 0 && !IsRuleExamples(candidate)) return candidate;
                }
            }

            return Path.Combine(toolDirectory, FolderName);
        }

        /// <summary>The rulebook's own <c>examples/</c> holds example cases (expected ratings), not PDU evidence.</summary>
        private static bool IsRuleExamples(string folder)
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml"))
            {
                foreach (var line in File.ReadLines(file))
                {
                    var trimmed = line.TrimStart();
                    if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal)) continue;
                    return trimmed.StartsWith("examples:", StringComparison.Ordinal);
                }
            }

            return false;
        }
    }
}
