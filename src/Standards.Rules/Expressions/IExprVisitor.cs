namespace Standards.Rules.Expressions
{
    /// <summary>Visits each kind of expression node.</summary>
    public interface IExprVisitor<out T>
    {
        /// <summary>Visits a number literal.</summary>
        T VisitNumber(NumberLiteral node);
        /// <summary>Visits `true` or `false`.</summary>
        T VisitBoolean(BooleanLiteral node);
        /// <summary>Visits a quoted text literal.</summary>
        T VisitText(TextLiteral node);
        /// <summary>Visits a path to an evidence field.</summary>
        T VisitPath(PathExpr node);
        /// <summary>Visits a unary expression (`not`, `-`).</summary>
        T VisitUnary(UnaryExpr node);
        /// <summary>Visits a binary expression.</summary>
        T VisitBinary(BinaryExpr node);
        /// <summary>Visits a range test (`between ... and ...`).</summary>
        T VisitBetween(BetweenExpr node);
        /// <summary>Visits a membership test (`in [...]`).</summary>
        T VisitIn(InExpr node);
        /// <summary>Visits an aggregate over a list.</summary>
        T VisitAggregate(AggregateExpr node);
    }
}
