using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>A dotted evidence field path: <c>workforce.po.vacancy_rate</c>.</summary>
    public sealed class PathExpr : Expr
    {
        /// <summary>Creates a path expr from its parts.</summary>
        public PathExpr(IReadOnlyList<string> segments, IReadOnlyList<SourceSpan> segmentSpans, SourceSpan span)
            : base(span)
        {
            Segments = segments;
            SegmentSpans = segmentSpans;
        }

        /// <summary>The names between the dots.</summary>
        public IReadOnlyList<string> Segments { get; }

        /// <summary>The position of each segment, for "unknown field" diagnostics.</summary>
        public IReadOnlyList<SourceSpan> SegmentSpans { get; }

        /// <summary>The path as written, joined with dots.</summary>
        public string Text => string.Join(".", Segments);

        /// <inheritdoc/>
        public override T Accept<T>(IExprVisitor<T> visitor) => visitor.VisitPath(this);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PathExpr o && o.Segments.SequenceEqual(Segments);

        /// <inheritdoc/>
        public override int GetHashCode() => Text.GetHashCode();
    }
}
