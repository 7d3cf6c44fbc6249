using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>
    /// The rating semantics of docs/domain.md as pure functions: the supports ladder, caps, domain-two
    /// banding and the overall bands, each over ranges so that unknown evidence gives the grades still possible.
    /// </summary>
    internal static class RatingSemantics
    {
        /// <summary>
        /// A key question reaches grade G when every characteristic supporting G or any grade between the
        /// lowest and G holds. Unknown outcomes count as failing for the low end and holding for the high end.
        /// </summary>
        public static GradeRange JudgeLadder(IReadOnlyList<CharacteristicResult> supports, GradeScale scale)
        {
            return new GradeRange(scale.Grades[Climb(supports, scale, o => o == true)], scale.Grades[Climb(supports, scale, o => o != false)]);
        }

        private static int Climb(IReadOnlyList<CharacteristicResult> supports, GradeScale scale, Func<bool?, bool> holds)
        {
            int reached = 0;
            for (int rank = 1; rank < scale.Grades.Count; rank++)
            {
                if (!supports.Where(s => s.Grade.Rank == rank).All(s => holds(s.Outcome))) break;
                reached = rank;
            }

            return reached;
        }

        /// <summary>The standard takes its lowest key question, then the lowest cap that holds (or may hold, for the low end).</summary>
        public static GradeRange RateStandard(IReadOnlyList<GradeRange> keyQuestions, IReadOnlyList<CharacteristicResult> caps, GradeScale scale, out GradeRange uncapped)
        {
            int low = keyQuestions.Count == 0 ? 0 : keyQuestions.Min(k => k.Low.Rank);
            int high = keyQuestions.Count == 0 ? scale.Grades.Count - 1 : keyQuestions.Min(k => k.High.Rank);
            uncapped = new GradeRange(scale.Grades[low], scale.Grades[high]);
            foreach (var cap in caps)
            {
                int capRank = cap.Grade.Rank;
                if (cap.Outcome != false) low = Math.Min(low, capRank);
                if (cap.Outcome == true) high = Math.Min(high, capRank);
            }

            return new GradeRange(scale.Grades[low], scale.Grades[high]);
        }

        /// <summary>Bands one domain-two percentage; an unknown percentage could fall in any band.</summary>
        public static GradeRange BandMeasure(double? measure, IReadOnlyList<PercentBand> bands, GradeScale scale)
        {
            if (measure is null) return new GradeRange(scale.Lowest, scale.Highest);
            var band = bands.Where(b => measure.Value >= b.AtLeast).OrderByDescending(b => b.AtLeast).FirstOrDefault();
            var grade = band is null ? scale.Lowest : scale[band.GradeId];
            return new GradeRange(grade, grade);
        }

        /// <summary>Sums the standards' points and bands the total; ranges give a range of totals.</summary>
        public static OverallRating RateOverall(IReadOnlyList<GradeRange> standards, IReadOnlyList<ScoreBand> bands, GradeScale scale)
        {
            int lowPoints = standards.Sum(s => s.Low.Points);
            int highPoints = standards.Sum(s => s.High.Points);
            var low = Band(lowPoints, bands, scale);
            var high = Band(highPoints, bands, scale);
            return new OverallRating(new GradeRange(low, high), lowPoints, highPoints);
        }

        /// <summary>The overall band of a total of points; a total outside every band takes the nearest end.</summary>
        internal static Grade Band(int points, IReadOnlyList<ScoreBand> bands, GradeScale scale)
        {
            var band = bands.FirstOrDefault(b => points >= b.From && points <= b.To)
                ?? (points < bands.Min(b => b.From) ? bands.OrderBy(b => b.From).First() : bands.OrderBy(b => b.To).Last());
            return scale[band.GradeId];
        }
    }
}
