using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A double-quoted text value: <c>"courts"</c>.</summary>
    public sealed class TextLiteral : Expr
    {
        public TextLiteral(string value, SourceSpan span)
            : base(span)
        {
            Value = value;
        }

        public string Value { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitText(this);

        public override bool Equals(object? obj) => obj is TextLiteral o && o.Value == Value;

        public override int GetHashCode() => Value.GetHashCode();
    }
}
