namespace Standards.Cli.Tests.Faults
{
    /// <summary>The ways <see cref="RulesFolderUnderTest"/> breaks a rules folder while a server watches it.</summary>
    internal enum RuleFault
    {
        /// <summary>A standard file that is not valid YAML (STD0001).</summary>
        SyntaxError,

        /// <summary>A key the rule language does not know (STD0005).</summary>
        UnknownField,

        /// <summary>The manifest deleted (STD0013).</summary>
        DeletedFile,

        /// <summary>A standard file cut off half way, as a writer that stopped mid-write leaves it.</summary>
        TruncatedMidWrite,

        /// <summary>A 50 MB rule file (STD0003, never read past the limit).</summary>
        FiftyMegabyteFile,

        /// <summary>A <c>.yaml</c> symbolic link to nothing (STD0020).</summary>
        DanglingSymlink,

        /// <summary>A file rewritten large and small in turn, at random pauses, ending broken.</summary>
        ShrinkingDuringRead,

        /// <summary>The whole rules folder moved away (STD0020), and later recreated by the repair.</summary>
        DeletedFolder,
    }
}
