using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>x in ["courts", "sentence management"]</c>.</summary>
    public sealed class InExpr : Expr
    {
        public InExpr(Expr value, IReadOnlyList<Expr> items, SourceSpan span)
            : base(span)
        {
            Value = value;
            Items = items;
        }

        public Expr Value { get; }

        public IReadOnlyList<Expr> Items { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitIn(this);

        public override bool Equals(object? obj) => obj is InExpr o && o.Value.Equals(Value) && o.Items.SequenceEqual(Items);

        public override int GetHashCode() => Value.GetHashCode() ^ Items.Count;
    }
}
