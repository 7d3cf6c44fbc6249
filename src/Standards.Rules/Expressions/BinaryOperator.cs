namespace Standards.Rules.Expressions
{
    /// <summary>Infix operators, loosest binding first: or, and, comparisons, + -, * /.</summary>
    public enum BinaryOperator
    {
        /// <summary>`or`: true when either side holds.</summary>
        Or,
        /// <summary>`and`: true when both sides hold.</summary>
        And,
        /// <summary>`==`: the sides are equal.</summary>
        Equal,
        /// <summary>`!=`: the sides differ.</summary>
        NotEqual,
        /// <summary>`&lt;`: the left side is less than the right.</summary>
        Less,
        /// <summary>`&lt;=`: the left side is at most the right.</summary>
        LessOrEqual,
        /// <summary>`&gt;`: the left side is more than the right.</summary>
        Greater,
        /// <summary>`&gt;=`: the left side is at least the right.</summary>
        GreaterOrEqual,
        /// <summary>`+`: the sum.</summary>
        Add,
        /// <summary>`-`: the difference.</summary>
        Subtract,
        /// <summary>`*`: the product.</summary>
        Multiply,
        /// <summary>`/`: the quotient.</summary>
        Divide,
    }
}
