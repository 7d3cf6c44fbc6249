using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A number with an optional unit: <c>65%</c>, <c>1:10</c>, <c>21 days</c>, <c>50</c>.</summary>
    public sealed class NumberLiteral : Expr
    {
        /// <summary>Creates a number literal from its parts.</summary>
        public NumberLiteral(double value, LiteralUnit unit, SourceSpan span)
            : base(span)
        {
            Value = value;
            Unit = unit;
        }

        /// <summary>The value: 30 for <c>30%</c>, 10 for <c>1:10</c>.</summary>
        public double Value { get; }

        /// <summary>The unit written.</summary>
        public LiteralUnit Unit { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitNumber(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is NumberLiteral o && o.Value.Equals(Value) && o.Unit == Unit;

        /// <inheritdoc/>
        public override int GetHashCode() => Value.GetHashCode() ^ (int)Unit;
    }
}
