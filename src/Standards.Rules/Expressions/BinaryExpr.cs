using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A comparison, logical or arithmetic operation on two operands.</summary>
    public sealed class BinaryExpr : Expr
    {
        /// <summary>Creates a binary expr from its parts.</summary>
        public BinaryExpr(BinaryOperator op, Expr left, Expr right, SourceSpan span)
            : base(span)
        {
            Operator = op;
            Left = left;
            Right = right;
        }

        /// <summary>The operator.</summary>
        public BinaryOperator Operator { get; }

        /// <summary>The left operand.</summary>
        public Expr Left { get; }

        /// <summary>The right operand.</summary>
        public Expr Right { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBinary(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) =>
            obj is BinaryExpr o && o.Operator == Operator && o.Left.Equals(Left) && o.Right.Equals(Right);

        /// <inheritdoc/>
        public override int GetHashCode() => ((int)Operator * 397) ^ (Left.GetHashCode() * 31) ^ Right.GetHashCode();
    }
}
