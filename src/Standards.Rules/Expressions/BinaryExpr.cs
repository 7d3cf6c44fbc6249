using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A comparison, logical or arithmetic operation on two operands.</summary>
    public sealed class BinaryExpr : Expr
    {
        public BinaryExpr(BinaryOperator op, Expr left, Expr right, SourceSpan span)
            : base(span)
        {
            Operator = op;
            Left = left;
            Right = right;
        }

        public BinaryOperator Operator { get; }

        public Expr Left { get; }

        public Expr Right { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBinary(this);

        public override bool Equals(object? obj) =>
            obj is BinaryExpr o && o.Operator == Operator && o.Left.Equals(Left) && o.Right.Equals(Right);

        public override int GetHashCode() => ((int)Operator * 397) ^ (Left.GetHashCode() * 31) ^ Right.GetHashCode();
    }
}
