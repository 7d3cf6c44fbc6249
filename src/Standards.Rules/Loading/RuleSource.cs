using Standards.Rules.Diagnostics;

namespace Standards.Rules.Loading
{
    /// <summary>One rule file: the path reported in diagnostics, its path inside the rulebook, and its raw bytes.</summary>
    public sealed class RuleSource
    {
        /// <summary>A file whose path inside the rulebook is <paramref name="path"/> itself.</summary>
        public RuleSource(string path, byte[] content)
            : this(path, content, path)
        {
        }

        /// <summary>A file shown as <paramref name="path"/> and found at <paramref name="rulebookPath"/> under the rulebook's root folder.</summary>
        public RuleSource(string path, byte[] content, string rulebookPath)
        {
            Path = path;
            Content = content;
            RulebookPath = RulebookPaths.Normalize(rulebookPath);
        }

        private RuleSource(string path, string rulebookPath, Diagnostic readProblem)
            : this(path, new byte[0], rulebookPath)
        {
            ReadProblem = readProblem;
        }

        /// <summary>The path used in diagnostics, with forward slashes.</summary>
        public string Path { get; }

        /// <summary>
        /// The path relative to the rulebook's root folder, with forward slashes and no <c>./</c> parts, as the
        /// content hash sees it: the same however the folder was named on the command line.
        /// </summary>
        public string RulebookPath { get; }

        /// <summary>The file's bytes, decoded by the reader as strict UTF-8.</summary>
        public byte[] Content { get; }

        /// <summary>Why the file could not be read (STD0003 or STD0020), or null when <see cref="Content"/> holds it.</summary>
        public Diagnostic? ReadProblem { get; }

        /// <summary>A file that could not be read; the loader reports <paramref name="problem"/> for it.</summary>
        public static RuleSource Unreadable(string path, string rulebookPath, Diagnostic problem) =>
            new RuleSource(path, rulebookPath, problem);
    }
}
