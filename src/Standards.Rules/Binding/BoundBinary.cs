using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>A logical (<c>and</c>, <c>or</c>), comparison or arithmetic operation, typed.</summary>
    public sealed class BoundBinary : BoundExpr
    {
        /// <summary>Creates a binary operation.</summary>
        public BoundBinary(BinaryExpr syntax, BoundExpr left, BoundExpr right, FactKind kind, FactUnit unit, bool isPlain)
            : base(syntax, kind, unit, isPlain)
        {
            Operator = syntax.Operator;
            Left = left;
            Right = right;
        }

        /// <summary>The operator.</summary>
        public BinaryOperator Operator { get; }

        /// <summary>The left operand.</summary>
        public BoundExpr Left { get; }

        /// <summary>The right operand.</summary>
        public BoundExpr Right { get; }

        /// <summary>True for <c>and</c> and <c>or</c>.</summary>
        public bool IsLogical => Operator == BinaryOperator.And || Operator == BinaryOperator.Or;

        /// <summary>True for <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> and <c>&gt;=</c>.</summary>
        public bool IsComparison => ComparisonOperators.IsComparison(Operator);

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitBinary(this);
    }
}
