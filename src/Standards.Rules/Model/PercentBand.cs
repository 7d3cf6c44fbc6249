using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A domain-two band: the grade given when the lowest key question percentage is at least AtLeast.</summary>
    public sealed class PercentBand
    {
        public PercentBand(string gradeId, double atLeast, SourceSpan span)
        {
            GradeId = gradeId;
            AtLeast = atLeast;
            Span = span;
        }

        /// <summary>The grade given.</summary>
        public string GradeId { get; }

        /// <summary>The lowest percentage, 0–100, that earns the grade.</summary>
        public double AtLeast { get; }

        /// <summary>Where the band is declared.</summary>
        public SourceSpan Span { get; }

    }
}
