using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>An expected rating in an example case: one grade, or a range when evidence is missing.</summary>
    public sealed class ExpectedRating
    {
        /// <summary>The target that names the overall rating rather than a standard.</summary>
        public const string OverallTarget = "overall";

        public ExpectedRating(string target, string lowestGradeId, string highestGradeId, SourceSpan span)
        {
            Target = target;
            LowestGradeId = lowestGradeId;
            HighestGradeId = highestGradeId;
            Span = span;
        }

        /// <summary>A standard id, or <c>overall</c>.</summary>
        public string Target { get; }

        /// <summary>The lowest grade expected.</summary>
        public string LowestGradeId { get; }

        /// <summary>The highest grade expected; equal to the lowest for a single grade.</summary>
        public string HighestGradeId { get; }

        /// <summary>Where the expectation is written.</summary>
        public SourceSpan Span { get; }

        /// <summary>The expectation as written: <c>good</c>, or <c>requires_improvement to good</c> for a range.</summary>
        public string IdText => string.Equals(LowestGradeId, HighestGradeId, System.StringComparison.Ordinal) ? LowestGradeId : $"{LowestGradeId} to {HighestGradeId}";

    }
}
