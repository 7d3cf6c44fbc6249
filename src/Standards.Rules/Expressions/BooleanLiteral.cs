using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    public sealed class BooleanLiteral : Expr
    {
        /// <summary>Creates a boolean literal from its parts.</summary>
        public BooleanLiteral(bool value, SourceSpan span)
            : base(span)
        {
            Value = value;
        }

        /// <summary>The value.</summary>
        public bool Value { get; }

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitBoolean(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is BooleanLiteral o && o.Value == Value;

        /// <inheritdoc/>
        public override int GetHashCode() => Value ? 1 : 2;
    }
}
