namespace Standards.Rules.Binding
{
    /// <summary>Visits each kind of bound expression node.</summary>
    public interface IBoundExprVisitor<out T>
    {
        /// <summary>A number, yes/no or text literal.</summary>
        T VisitLiteral(BoundLiteral node);

        /// <summary>An evidence field.</summary>
        T VisitField(BoundField node);

        /// <summary><c>not</c> or unary minus.</summary>
        T VisitUnary(BoundUnary node);

        /// <summary>A logical, comparison or arithmetic operation.</summary>
        T VisitBinary(BoundBinary node);

        /// <summary><c>x between a and b</c>.</summary>
        T VisitBetween(BoundBetween node);

        /// <summary><c>x in [...]</c>.</summary>
        T VisitIn(BoundIn node);

        /// <summary>An aggregate over a list.</summary>
        T VisitAggregate(BoundAggregate node);
    }
}
