namespace Standards.Rules.Expressions
{
    /// <summary>Infix operators, loosest binding first: or, and, comparisons, + -, * /.</summary>
    public enum BinaryOperator
    {
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Add,
        Subtract,
        Multiply,
        Divide,
    }
}
