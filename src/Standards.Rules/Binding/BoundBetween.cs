using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary><c>x between a and b</c>, inclusive at both ends.</summary>
    public sealed class BoundBetween : BoundExpr
    {
        /// <summary>Creates a range test.</summary>
        public BoundBetween(BetweenExpr syntax, BoundExpr value, BoundExpr low, BoundExpr high)
            : base(syntax, FactKind.Boolean, FactUnit.None)
        {
            Value = value;
            Low = low;
            High = high;
        }

        /// <summary>The value tested.</summary>
        public BoundExpr Value { get; }

        /// <summary>The lowest value that passes.</summary>
        public BoundExpr Low { get; }

        /// <summary>The highest value that passes.</summary>
        public BoundExpr High { get; }

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitBetween(this);
    }
}
