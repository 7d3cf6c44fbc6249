using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>x between 50% and 64.9%</c>: inclusive at both ends.</summary>
    public sealed class BetweenExpr : Expr
    {
        public BetweenExpr(Expr value, Expr low, Expr high, SourceSpan span)
            : base(span)
        {
            Value = value;
            Low = low;
            High = high;
        }

        public Expr Value { get; }

        public Expr Low { get; }

        public Expr High { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBetween(this);

        public override bool Equals(object? obj) =>
            obj is BetweenExpr o && o.Value.Equals(Value) && o.Low.Equals(Low) && o.High.Equals(High);

        public override int GetHashCode() => (Value.GetHashCode() * 397) ^ (Low.GetHashCode() * 31) ^ High.GetHashCode();
    }
}
