namespace Standards.Rules.Expressions
{
    /// <summary>Algebra on comparison operators, shared by the consistency checks and explanations.</summary>
    public static class ComparisonOperators
    {
        /// <summary>True for <c>== != &lt; &lt;= &gt; &gt;=</c>.</summary>
        public static bool IsComparison(BinaryOperator op) => op >= BinaryOperator.Equal && op <= BinaryOperator.GreaterOrEqual;

        /// <summary>The operator that holds exactly when <paramref name="op"/> does not: <c>&lt;</c> becomes <c>&gt;=</c>.</summary>
        public static BinaryOperator Negate(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Less: return BinaryOperator.GreaterOrEqual;
                case BinaryOperator.LessOrEqual: return BinaryOperator.Greater;
                case BinaryOperator.Greater: return BinaryOperator.LessOrEqual;
                case BinaryOperator.GreaterOrEqual: return BinaryOperator.Less;
                case BinaryOperator.Equal: return BinaryOperator.NotEqual;
                case BinaryOperator.NotEqual: return BinaryOperator.Equal;
                default: return op;
            }
        }

        /// <summary>The operator after swapping the operands: <c>a &lt; b</c> is <c>b &gt; a</c>.</summary>
        public static BinaryOperator Flip(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Less: return BinaryOperator.Greater;
                case BinaryOperator.LessOrEqual: return BinaryOperator.GreaterOrEqual;
                case BinaryOperator.Greater: return BinaryOperator.Less;
                case BinaryOperator.GreaterOrEqual: return BinaryOperator.LessOrEqual;
                default: return op;
            }
        }
    }
}
