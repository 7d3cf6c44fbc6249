namespace Standards.Engine.Rating
{
    /// <summary>A derived fact: the overall rating from the standards' points, banded by the rulebook.</summary>
    public sealed class OverallRating
    {
        /// <summary>Creates the overall rating.</summary>
        public OverallRating(GradeRange range, int lowestPoints, int highestPoints)
        {
            Range = range;
            LowestPoints = lowestPoints;
            HighestPoints = highestPoints;
        }

        /// <summary>The overall rating, or the range still possible.</summary>
        public GradeRange Range { get; }

        /// <summary>The total points if every open standard takes its lowest grade.</summary>
        public int LowestPoints { get; }

        /// <summary>The total points if every open standard takes its highest grade.</summary>
        public int HighestPoints { get; }
    }
}
