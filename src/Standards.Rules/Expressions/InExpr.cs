using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>x in ["courts", "sentence management"]</c>.</summary>
    public sealed class InExpr : Expr
    {
        /// <summary>Creates an in expr from its parts.</summary>
        public InExpr(Expr value, IReadOnlyList<Expr> items, SourceSpan span)
            : base(span)
        {
            Value = value;
            Items = items;
        }

        /// <summary>The value tested.</summary>
        public Expr Value { get; }

        /// <summary>The values it may equal.</summary>
        public IReadOnlyList<Expr> Items { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitIn(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is InExpr o && o.Value.Equals(Value) && o.Items.SequenceEqual(Items);

        /// <inheritdoc/>
        public override int GetHashCode() => Value.GetHashCode() ^ Items.Count;
    }
}
