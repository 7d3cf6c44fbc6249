namespace Standards.Rules.Loading
{
    /// <summary>One rule file: the path reported in diagnostics and its raw bytes.</summary>
    public sealed class RuleSource
    {
        /// <summary>A rule file: its path as reported and its bytes.</summary>
        public RuleSource(string path, byte[] content)
        {
            Path = path;
            Content = content;
        }

        /// <summary>The path used in diagnostics, with forward slashes.</summary>
        public string Path { get; }

        /// <summary>The file's bytes, decoded by the reader as strict UTF-8.</summary>
        public byte[] Content { get; }
    }
}
