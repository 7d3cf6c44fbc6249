namespace Standards.Rules.Expressions
{
    /// <summary>Prefix operators.</summary>
    public enum UnaryOperator
    {
        /// <summary><c>not x</c></summary>
        Not,

        /// <summary><c>-x</c></summary>
        Negate,
    }
}
