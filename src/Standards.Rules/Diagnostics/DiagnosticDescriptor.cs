namespace Standards.Rules.Diagnostics
{
    /// <summary>The fixed description of one kind of problem: a stable id, a title and a default severity.</summary>
    public sealed class DiagnosticDescriptor
    {
        internal DiagnosticDescriptor(string id, string title, DiagnosticSeverity severity, string category)
        {
            Id = id;
            Title = title;
            Severity = severity;
            Category = category;
        }

        /// <summary>The stable id, such as <c>STD1003</c>. Ids are never reused.</summary>
        public string Id { get; }

        /// <summary>A short title for documentation and SARIF.</summary>
        public string Title { get; }

        /// <summary>The default severity.</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>Syntax, Reference, Consistency or Evidence.</summary>
        public string Category { get; }

        /// <summary>
        /// Where the documentation pages (<c>docs/diagnostics</c>) are published when nothing else is configured:
        /// <c>standards check --help-base</c> and the analyzer's <c>StandardsHelpLinkBase</c> property override it.
        /// </summary>
        public const string DefaultHelpBase = "https://github.com/standards/standards/blob/main/docs/diagnostics/";

        /// <summary>The documentation page for this id, relative to the repository root.</summary>
        public string HelpPath => "docs/diagnostics/" + Id + ".md";

        /// <summary>The absolute address of this id's page under <paramref name="helpBase"/>, a folder of the pages.</summary>
        public string HelpUri(string helpBase) => helpBase.TrimEnd('/') + "/" + Id + ".md";

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
