using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// Reads the rule files of a folder (<c>**/*.yaml</c> and <c>**/*.yml</c>) in a stable order. It never throws
    /// for what is on disk: a file that cannot be read (a dangling link, no permission, removed or replaced while
    /// being read, larger than the reader's limit) comes back as an unreadable source the loader reports.
    /// </summary>
    public static class RuleSourceReader
    {
        /// <summary>
        /// Reads every YAML file under <paramref name="directory"/>. Paths are reported as
        /// <paramref name="displayPrefix"/> plus the path relative to the folder, with forward slashes.
        /// </summary>
        public static IReadOnlyList<RuleSource> ReadDirectory(string directory, string? displayPrefix = null)
        {
            var prefix = (displayPrefix ?? directory).TrimEnd('/', '\\').Replace('\\', '/');
            var folder = prefix.Length == 0 ? "." : prefix;
            string root;
            List<string> files;
            try
            {
                root = Path.GetFullPath(directory);
                if (!Directory.Exists(root))
                {
                    var what = File.Exists(root) ? "is a file, not a folder" : "does not exist";
                    return new[] { Unreadable(folder, string.Empty, $"the rules folder `{folder}` {what}") };
                }

                files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsRuleFile).ToList();
            }
            catch (Exception e) when (IsFileSystemFault(e))
            {
                return new[] { Unreadable(folder, string.Empty, $"the rules folder `{folder}` cannot be listed: {e.Message}") };
            }

            return files
                .Select(full => (full, relative: RulebookPaths.Normalize(full.Substring(root.Length))))
                .OrderBy(f => f.relative, StringComparer.Ordinal)
                .Select(f => ReadFile(f.full, prefix.Length == 0 ? f.relative : prefix + "/" + f.relative, f.relative))
                .ToList();
        }

        /// <summary>
        /// Reads one file shown as <paramref name="display"/>: up to the YAML reader's size limit, to its end
        /// however it grows or shrinks meanwhile, and never by opening what is not a regular file's content.
        /// </summary>
        public static RuleSource ReadFile(string fullPath, string display, string rulebookPath)
        {
            int limit = YamlReaderLimits.Default.MaxBytes;
            try
            {
                long size = new FileInfo(fullPath).Length;
                if (size > limit) return TooLarge(display, rulebookPath, size, limit, exact: true);

                // A pipe, socket or device reports size 0; it is read as empty rather than opened, where it could block.
                if (size == 0) return new RuleSource(display, new byte[0], rulebookPath);
                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096);
                using var memory = new MemoryStream((int)size);
                var buffer = new byte[81920];
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    memory.Write(buffer, 0, read);
                    if (memory.Length > limit) return TooLarge(display, rulebookPath, memory.Length, limit, exact: false);
                }

                return new RuleSource(display, memory.ToArray(), rulebookPath);
            }
            catch (Exception e) when (IsFileSystemFault(e))
            {
                return Unreadable(display, rulebookPath, Describe(fullPath, e));
            }
        }

        /// <summary>True for <c>.yaml</c> and <c>.yml</c> files.</summary>
        public static bool IsRuleFile(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        private static bool IsFileSystemFault(Exception e) =>
            e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException || e is ArgumentException;

        private static string Describe(string fullPath, Exception e)
        {
            if (Directory.Exists(fullPath)) return "this is a folder (or a link to one), not a rule file; rename it so it does not end in `.yaml`";
            if (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                return IsLink(fullPath)
                    ? "the file is a symbolic link whose target does not exist; fix or remove the link"
                    : "the file was removed while it was being read";
            }

            if (e is UnauthorizedAccessException) return "the file cannot be opened: permission denied; make it readable or move it out of the rules folder";
            return "the file cannot be read: " + e.Message;
        }

        private static bool IsLink(string fullPath)
        {
            try
            {
                return (File.GetAttributes(fullPath) & FileAttributes.ReparsePoint) != 0;
            }
            catch (Exception e) when (IsFileSystemFault(e))
            {
                return false;
            }
        }

        private static RuleSource TooLarge(string display, string rulebookPath, long size, int limit, bool exact) =>
            RuleSource.Unreadable(display, rulebookPath, new Diagnostic(DiagnosticCatalog.LimitExceeded, SourceSpan.At(display, 0, 1, 1), YamlTextDecoder.TooLargeMessage(size, limit, exact)));

        private static RuleSource Unreadable(string display, string rulebookPath, string message) =>
            RuleSource.Unreadable(display, rulebookPath, new Diagnostic(DiagnosticCatalog.UnreadableSource, SourceSpan.At(display, 0, 1, 1), message));
    }
}
