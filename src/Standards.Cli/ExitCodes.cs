namespace Standards.Cli
{
    /// <summary>Process exit codes, following the usual conventions.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything worked; checks and tests passed.</summary>
        public const int Success = 0;

        /// <summary>The input had problems (rule or evidence diagnostics), or example cases failed.</summary>
        public const int Failed = 1;

        /// <summary>The command line was wrong, or a named file does not exist.</summary>
        public const int Usage = 2;

        /// <summary>A bug in Standards itself (EX_SOFTWARE).</summary>
        public const int InternalError = 70;
    }
}
