using System;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// The rating semantics over a <see cref="KernelLayout"/>'s tables, after the conditions and measures are in:
    /// ladders, domain-two bands, caps and the overall band, as ranks. It allocates nothing.
    /// </summary>
    internal static class KernelJudgement
    {
        public static void Judge(KernelLayout layout, int[] points, KernelRating rating)
        {
            var outcomes = rating.Outcomes;
            var keyQuestions = rating.KeyQuestionRanks;
            for (int k = 0; k < layout.KeyQuestions.Count; k++)
            {
                int measure = layout.MeasureOf[k];
                if (measure >= 0)
                {
                    Band(rating.Measures[measure], layout, out keyQuestions[2 * k], out keyQuestions[2 * k + 1]);
                    continue;
                }

                keyQuestions[2 * k] = (byte)Climb(layout.Rungs[k], outcomes, KernelValues.True);
                keyQuestions[2 * k + 1] = (byte)Climb(layout.Rungs[k], outcomes, KernelValues.Unknown);
            }

            var standards = rating.StandardRanks;
            int lowPoints = 0, highPoints = 0;
            for (int s = 0; s < layout.Standards.Count; s++)
            {
                int low = layout.Top, high = layout.Top;
                var ofStandard = layout.KeyQuestionsOf[s];
                if (ofStandard.Length == 0) low = 0;
                foreach (var k in ofStandard)
                {
                    low = Math.Min(low, keyQuestions[2 * k]);
                    high = Math.Min(high, keyQuestions[2 * k + 1]);
                }

                standards[4 * s + 2] = (byte)low;
                standards[4 * s + 3] = (byte)high;
                foreach (var c in layout.CapsOf[s])
                {
                    int capRank = layout.Characteristics[c].Grade.Rank;
                    if (outcomes[c] != KernelValues.False) low = Math.Min(low, capRank);
                    if (outcomes[c] == KernelValues.True) high = Math.Min(high, capRank);
                }

                standards[4 * s] = (byte)low;
                standards[4 * s + 1] = (byte)high;
                lowPoints += points[low];
                highPoints += points[high];
            }

            rating.LowestPoints = lowPoints;
            rating.HighestPoints = highPoints;
            rating.OverallLowRank = layout.OverallRank[lowPoints - layout.LowestPoints];
            rating.OverallHighRank = layout.OverallRank[highPoints - layout.LowestPoints];
        }

        /// <summary>The highest rank whose rung, and every rung below it, has every characteristic at least <paramref name="least"/>.</summary>
        private static int Climb(int[][] rungs, byte[] outcomes, int least)
        {
            int reached = 0;
            for (int r = 0; r < rungs.Length; r++)
            {
                foreach (var c in rungs[r])
                {
                    if (outcomes[c] < least) return reached;
                }

                reached = r + 1;
            }

            return reached;
        }

        private static void Band(double measure, KernelLayout layout, out byte low, out byte high)
        {
            if (double.IsNaN(measure))
            {
                low = 0;
                high = (byte)layout.Top;
                return;
            }

            low = high = 0;
            foreach (var (atLeast, rank) in layout.Bands)
            {
                if (measure >= atLeast)
                {
                    low = high = (byte)rank;
                    return;
                }
            }
        }
    }
}
