using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// A node of the closed condition language. Equality is structural and ignores
    /// <see cref="Span"/>: spans travel with syntax but are not part of identity.
    /// </summary>
    public abstract class Expr
    {
        /// <summary>Creates an expr from its parts.</summary>
        protected Expr(SourceSpan span)
        {
            Span = span;
        }

        /// <summary>Where the expression is, relative to the file once the loader has offset it.</summary>
        public SourceSpan Span { get; }

        /// <summary>Calls the visitor method for this node kind.</summary>
        public abstract T Accept<T>(IExprVisitor<T> visitor);

        /// <inheritdoc/>
        public abstract override bool Equals(object? obj);

        /// <inheritdoc/>
        public abstract override int GetHashCode();

        /// <summary>The canonical source text; parsing it gives an equal expression.</summary>
        public override string ToString() => ExpressionPrinter.Print(this);
    }
}
