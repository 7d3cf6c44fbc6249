using System.Collections.Generic;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary><c>x in [a, b]</c>: membership.</summary>
    public sealed class BoundIn : BoundExpr
    {
        /// <summary>Creates a membership test.</summary>
        public BoundIn(InExpr syntax, BoundExpr value, IReadOnlyList<BoundExpr> items)
            : base(syntax, FactKind.Boolean, FactUnit.None)
        {
            Value = value;
            Items = items;
        }

        /// <summary>The value tested.</summary>
        public BoundExpr Value { get; }

        /// <summary>The values it may equal.</summary>
        public IReadOnlyList<BoundExpr> Items { get; }

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitIn(this);
    }
}
