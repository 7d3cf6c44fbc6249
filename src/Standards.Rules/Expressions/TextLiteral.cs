using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A double-quoted text value: <c>"courts"</c>.</summary>
    public sealed class TextLiteral : Expr
    {
        /// <summary>Creates a text literal from its parts.</summary>
        public TextLiteral(string value, SourceSpan span)
            : base(span)
        {
            Value = value;
        }

        /// <summary>The text, without quotes.</summary>
        public string Value { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitText(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is TextLiteral o && o.Value == Value;

        /// <inheritdoc/>
        public override int GetHashCode() => Value.GetHashCode();
    }
}
