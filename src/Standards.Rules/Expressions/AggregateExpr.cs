using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// An aggregate over a list with an optional filter:
    /// <c>percent(case_sample.cases where oversight_sufficient)</c>,
    /// <c>mean(workload.practitioners.caseload where grade == "PO")</c>.
    /// Inside the filter, paths are relative to one record of the list.
    /// </summary>
    public sealed class AggregateExpr : Expr
    {
        public AggregateExpr(AggregateKind kind, PathExpr source, Expr? filter, SourceSpan span)
            : base(span)
        {
            Kind = kind;
            Source = source;
            Filter = filter;
        }

        public AggregateKind Kind { get; }

        /// <summary>The list, optionally followed by the member aggregated (for min, max, mean and sum).</summary>
        public PathExpr Source { get; }

        /// <summary>The <c>where</c> condition, or null.</summary>
        public Expr? Filter { get; }

        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitAggregate(this);

        public override bool Equals(object? obj) =>
            obj is AggregateExpr o && o.Kind == Kind && o.Source.Equals(Source) && Equals(o.Filter, Filter);

        public override int GetHashCode() => ((int)Kind * 397) ^ Source.GetHashCode() ^ (Filter?.GetHashCode() ?? 0);
    }
}
