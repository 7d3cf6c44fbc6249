using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Standards.Rules.Loading
{
    /// <summary>Reads the rule files of a folder (<c>**/*.yaml</c> and <c>**/*.yml</c>) in a stable order.</summary>
    public static class RuleSourceReader
    {
        /// <summary>
        /// Reads every YAML file under <paramref name="directory"/>. Paths are reported as
        /// <paramref name="displayPrefix"/> plus the path relative to the folder, with forward slashes.
        /// </summary>
        public static IReadOnlyList<RuleSource> ReadDirectory(string directory, string? displayPrefix = null)
        {
            var root = Path.GetFullPath(directory);
            var prefix = displayPrefix ?? directory.TrimEnd('/', '\\');
            return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(IsRuleFile)
                .Select(full => (full, relative: full.Substring(root.Length).TrimStart('/', '\\').Replace('\\', '/')))
                .OrderBy(f => f.relative, StringComparer.Ordinal)
                .Select(f => new RuleSource(prefix.Length == 0 ? f.relative : prefix + "/" + f.relative, File.ReadAllBytes(f.full)))
                .ToList();
        }

        /// <summary>True for <c>.yaml</c> and <c>.yml</c> files.</summary>
        public static bool IsRuleFile(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
    }
}
