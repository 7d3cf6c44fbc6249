using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A grade of the rating scale, such as Good.</summary>
    public sealed class Grade
    {
        public Grade(string id, string label, int points, int rank, SourceSpan span)
        {
            Id = id;
            Label = label;
            Points = points;
            Rank = rank;
            Span = span;
        }

        /// <summary>The rule name, such as <c>requires_improvement</c>.</summary>
        public string Id { get; }

        /// <summary>The label shown to readers, such as "Requires improvement".</summary>
        public string Label { get; }

        /// <summary>Points towards the overall rating.</summary>
        public int Points { get; }

        /// <summary>0 for the lowest grade, rising by one per grade.</summary>
        public int Rank { get; }

        /// <summary>Where the grade is declared.</summary>
        public SourceSpan Span { get; }

        public override string ToString() => Label;

    }
}
