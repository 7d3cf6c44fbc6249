namespace Standards.Rules.Expressions
{
    /// <summary>Visits each kind of expression node.</summary>
    public interface IExprVisitor<out T>
    {
        T VisitNumber(NumberLiteral node);
        T VisitBoolean(BooleanLiteral node);
        T VisitText(TextLiteral node);
        T VisitPath(PathExpr node);
        T VisitUnary(UnaryExpr node);
        T VisitBinary(BinaryExpr node);
        T VisitBetween(BetweenExpr node);
        T VisitIn(InExpr node);
        T VisitAggregate(AggregateExpr node);
    }
}
