using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>not x</c> or <c>-x</c>.</summary>
    public sealed class UnaryExpr : Expr
    {
        public UnaryExpr(UnaryOperator op, Expr operand, SourceSpan span)
            : base(span)
        {
            Operator = op;
            Operand = operand;
        }

        public UnaryOperator Operator { get; }

        public Expr Operand { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitUnary(this);

        public override bool Equals(object? obj) => obj is UnaryExpr o && o.Operator == Operator && o.Operand.Equals(Operand);

        public override int GetHashCode() => ((int)Operator * 31) ^ Operand.GetHashCode();
    }
}
