using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>not x</c> or <c>-x</c>.</summary>
    public sealed class UnaryExpr : Expr
    {
        /// <summary>Creates an unary expr from its parts.</summary>
        public UnaryExpr(UnaryOperator op, Expr operand, SourceSpan span)
            : base(span)
        {
            Operator = op;
            Operand = operand;
        }

        /// <summary>The operator.</summary>
        public UnaryOperator Operator { get; }

        /// <summary>The operand.</summary>
        public Expr Operand { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitUnary(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is UnaryExpr o && o.Operator == Operator && o.Operand.Equals(Operand);

        /// <inheritdoc/>
        public override int GetHashCode() => ((int)Operator * 31) ^ Operand.GetHashCode();
    }
}
