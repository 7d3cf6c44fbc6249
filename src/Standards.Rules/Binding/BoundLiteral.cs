using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>A literal with its value in the unit of the field it is compared with: 65 for <c>65%</c>, 10 for <c>1:10</c>.</summary>
    public sealed class BoundLiteral : BoundExpr
    {
        /// <summary>Creates a literal.</summary>
        public BoundLiteral(Expr syntax, FactKind kind, FactUnit unit, bool isPlain, object value)
            : base(syntax, kind, unit, isPlain)
        {
            Value = value;
        }

        /// <summary>The value: a <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>.</summary>
        public object Value { get; }

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitLiteral(this);
    }
}
