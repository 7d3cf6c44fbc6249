using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    public sealed class BooleanLiteral : Expr
    {
        public BooleanLiteral(bool value, SourceSpan span)
            : base(span)
        {
            Value = value;
        }

        public bool Value { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBoolean(this);

        public override bool Equals(object? obj) => obj is BooleanLiteral o && o.Value == Value;

        public override int GetHashCode() => Value ? 1 : 2;
    }
}
