using Standards.Rules.Expressions;

namespace Standards.Cli.Report
{
    /// <summary>A comparison of one evidence field with a number, such as <c>workforce.po.vacancy_rate &lt;= 35%</c>.</summary>
    internal class Comparison
    {
        public Comparison(string path, BinaryOperator op, double value)
        {
            Path = path;
            Operator = op;
            Value = value;
        }

        /// <summary>The evidence path on the left, such as <c>workforce.po.vacancy_rate</c>.</summary>
        public string Path { get; }

        /// <summary>The comparison, with the field on the left.</summary>
        public BinaryOperator Operator { get; }

        /// <summary>The number compared with.</summary>
        public double Value { get; }

        /// <summary>True when a lower figure satisfies the comparison (<c>&lt;</c> or <c>&lt;=</c>).</summary>
        public bool LowerIsBetter => Operator == BinaryOperator.Less || Operator == BinaryOperator.LessOrEqual;

        /// <summary>True when <paramref name="figure"/> satisfies the comparison.</summary>
        public bool IsMetBy(double figure) => Operator switch
        {
            BinaryOperator.Less => figure < Value,
            BinaryOperator.LessOrEqual => figure <= Value,
            BinaryOperator.Greater => figure > Value,
            BinaryOperator.GreaterOrEqual => figure >= Value,
            BinaryOperator.Equal => figure == Value,
            _ => figure != Value,
        };

        /// <summary>"at most", "below", "at least", "above", "exactly" or "not".</summary>
        public string Words => Operator switch
        {
            BinaryOperator.Less => "below",
            BinaryOperator.LessOrEqual => "at most",
            BinaryOperator.Greater => "above",
            BinaryOperator.GreaterOrEqual => "at least",
            BinaryOperator.Equal => "exactly",
            _ => "not",
        };
    }
}
