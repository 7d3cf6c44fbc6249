using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>A rating that may still be a range because evidence is missing: lowest and highest grades still possible.</summary>
    public sealed class GradeRange
    {
        /// <summary>Creates the range from <paramref name="low"/> to <paramref name="high"/>.</summary>
        public GradeRange(Grade low, Grade high)
        {
            Low = low;
            High = high;
        }

        /// <summary>The lowest grade still possible.</summary>
        public Grade Low { get; }

        /// <summary>The highest grade still possible.</summary>
        public Grade High { get; }

        /// <summary>True when the evidence decides a single grade.</summary>
        public bool IsExact => Low.Rank == High.Rank;

        /// <summary>True when <paramref name="other"/> lies inside this range.</summary>
        public bool Contains(GradeRange other) => other.Low.Rank >= Low.Rank && other.High.Rank <= High.Rank;

        /// <summary>"Good", "Requires improvement or Good", or "Inadequate to Good".</summary>
        public override string ToString() =>
            IsExact ? Low.Label : High.Rank - Low.Rank == 1 ? $"{Low.Label} or {High.Label}" : $"{Low.Label} to {High.Label}";

        /// <summary>Grade ids as written in example cases: <c>good</c> or <c>requires_improvement to good</c>.</summary>
        public string ToIdText() => IsExact ? Low.Id : $"{Low.Id} to {High.Id}";
    }
}
