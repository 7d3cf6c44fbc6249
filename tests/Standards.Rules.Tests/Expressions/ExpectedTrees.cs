using System.Linq;
using Standards.Rules.Expressions;
using Standards.Rules.Text;

namespace Standards.Rules.Tests.Expressions
{
    /// <summary>Short builders for expected expression trees; spans are not part of equality.</summary>
    internal static class ExpectedTrees
    {
        private static readonly SourceSpan None = SourceSpan.None;

        public static PathExpr P(string dotted)
        {
            string[] segments = dotted.Split('.');
            return new PathExpr(segments, segments.Select(_ => None).ToList(), None);
        }

        public static NumberLiteral N(double value, LiteralUnit unit = LiteralUnit.None) => new NumberLiteral(value, unit, None);

        public static NumberLiteral Pct(double value) => N(value, LiteralUnit.Percent);

        public static TextLiteral T(string value) => new TextLiteral(value, None);

        public static BooleanLiteral B(bool value) => new BooleanLiteral(value, None);

        public static BinaryExpr Bin(BinaryOperator op, Expr left, Expr right) => new BinaryExpr(op, left, right, None);

        public static BinaryExpr And(Expr left, Expr right) => Bin(BinaryOperator.And, left, right);

        public static BinaryExpr Or(Expr left, Expr right) => Bin(BinaryOperator.Or, left, right);

        public static UnaryExpr Not(Expr operand) => new UnaryExpr(UnaryOperator.Not, operand, None);

        public static UnaryExpr Neg(Expr operand) => new UnaryExpr(UnaryOperator.Negate, operand, None);

        public static BetweenExpr Between(Expr value, Expr low, Expr high) => new BetweenExpr(value, low, high, None);

        public static InExpr In(Expr value, params Expr[] items) => new InExpr(value, items, None);

        public static AggregateExpr Agg(AggregateKind kind, string source, Expr? filter = null) => new AggregateExpr(kind, P(source), filter, None);
    }
}
