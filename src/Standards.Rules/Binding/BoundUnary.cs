using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary><c>not x</c> or <c>-x</c>, typed.</summary>
    public sealed class BoundUnary : BoundExpr
    {
        /// <summary>Creates a unary operation.</summary>
        public BoundUnary(UnaryExpr syntax, BoundExpr operand, FactKind kind, FactUnit unit, bool isPlain)
            : base(syntax, kind, unit, isPlain)
        {
            Operator = syntax.Operator;
            Operand = operand;
        }

        /// <summary>The operator.</summary>
        public UnaryOperator Operator { get; }

        /// <summary>The operand.</summary>
        public BoundExpr Operand { get; }

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitUnary(this);
    }
}
