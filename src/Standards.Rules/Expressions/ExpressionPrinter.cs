namespace Standards.Rules.Expressions
{
    /// <summary>Prints an expression as canonical source text. (Implemented by the expression-language work.)</summary>
    public static class ExpressionPrinter
    {
        /// <summary>Returns canonical text that parses back to an equal expression.</summary>
        public static string Print(Expr expr) => expr.GetType().Name;
    }
}
