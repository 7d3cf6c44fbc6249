using System.Linq;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>An aggregate over a list with an optional filter bound against one record of the list.</summary>
    public sealed class BoundAggregate : BoundExpr
    {
        /// <summary>Creates an aggregate.</summary>
        public BoundAggregate(AggregateExpr syntax, FactPath source, BoundExpr? filter, FactUnit unit)
            : base(syntax, FactKind.Number, unit)
        {
            Aggregate = syntax.Kind;
            Source = source;
            Filter = filter;
        }

        /// <summary>Count, percent, min, max, mean or sum.</summary>
        public AggregateKind Aggregate { get; }

        /// <summary>The list (<see cref="FactPath.Members"/>) and, for min, max, mean and sum, the field of one record (<see cref="FactPath.ElementMembers"/>).</summary>
        public FactPath Source { get; }

        /// <summary>The <c>where</c> condition over one record, or null.</summary>
        public BoundExpr? Filter { get; }

        /// <summary>The list's path, such as <c>case_sample.cases</c>: the evidence to supply when the aggregate is unknown.</summary>
        public string ListPath => string.Join(".", Source.Members.Select(m => m.Name));

        /// <inheritdoc />
        public override T Accept<T>(IBoundExprVisitor<T> visitor) => visitor.VisitAggregate(this);
    }
}
