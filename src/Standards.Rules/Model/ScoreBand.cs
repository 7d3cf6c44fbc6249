using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A band of the overall rating: the grade given to a total of points between From and To inclusive.</summary>
    public sealed class ScoreBand
    {
        public ScoreBand(string gradeId, int from, int to, SourceSpan span)
        {
            GradeId = gradeId;
            From = from;
            To = to;
            Span = span;
        }

        /// <summary>The grade given.</summary>
        public string GradeId { get; }

        /// <summary>The lowest total in the band.</summary>
        public int From { get; }

        /// <summary>The highest total in the band.</summary>
        public int To { get; }

        /// <summary>Where the band is declared.</summary>
        public SourceSpan Span { get; }

    }
}
