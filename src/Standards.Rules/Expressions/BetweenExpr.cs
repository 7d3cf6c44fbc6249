using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>x between 50% and 64.9%</c>: inclusive at both ends.</summary>
    public sealed class BetweenExpr : Expr
    {
        /// <summary>Creates a between expr from its parts.</summary>
        public BetweenExpr(Expr value, Expr low, Expr high, SourceSpan span)
            : base(span)
        {
            Value = value;
            Low = low;
            High = high;
        }

        /// <summary>The value tested.</summary>
        public Expr Value { get; }

        /// <summary>The lowest value in the range (inclusive).</summary>
        public Expr Low { get; }

        /// <summary>The highest value in the range (inclusive).</summary>
        public Expr High { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBetween(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) =>
            obj is BetweenExpr o && o.Value.Equals(Value) && o.Low.Equals(Low) && o.High.Equals(High);

        /// <inheritdoc/>
        public override int GetHashCode() => (Value.GetHashCode() * 397) ^ (Low.GetHashCode() * 31) ^ High.GetHashCode();
    }
}
