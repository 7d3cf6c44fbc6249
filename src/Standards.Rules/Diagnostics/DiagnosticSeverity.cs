namespace Standards.Rules.Diagnostics
{
    /// <summary>How serious a diagnostic is.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Informational; never fails a check.</summary>
        Info,

        /// <summary>Probably a mistake; the rulebook still loads.</summary>
        Warning,

        /// <summary>The rulebook cannot be used until this is fixed.</summary>
        Error,
    }
}
