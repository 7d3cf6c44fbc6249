using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Cli.Output
{
    /// <summary>
    /// For an example case that got the wrong rating, the characteristics that decided the rating it got. Too low:
    /// the cap that held, else the supports of the next grade that failed on the lowest key question. Too high:
    /// the caps at or below the expected grade that did not hold, else the supports that lifted it.
    /// </summary>
    internal static class DecidingCharacteristics
    {
        /// <summary>
        /// What decided <paramref name="rating"/> when the example expected <paramref name="expectedLow"/> to
        /// <paramref name="expectedHigh"/>: the results to show, or an empty list when nothing single decided it.
        /// </summary>
        public static IReadOnlyList<CharacteristicResult> For(StandardRating rating, Grade expectedLow, Grade expectedHigh, GradeScale scale)
        {
            bool tooLow = rating.Range.Low.Rank < expectedLow.Rank;
            if (tooLow)
            {
                var caps = rating.Caps.Where(c => c.Outcome != false && c.Grade.Rank < expectedLow.Rank).ToList();
                if (caps.Count > 0 && rating.Range.Low.Rank < rating.Uncapped.Low.Rank) return caps;
                int next = rating.Uncapped.Low.Rank + 1;
                var blocking = rating.KeyQuestions
                    .Where(k => k.Range.Low.Rank == rating.Uncapped.Low.Rank)
                    .SelectMany(k => k.Supports.Where(s => s.Outcome != true && s.Grade.Rank == next))
                    .ToList();
                var failed = blocking.Where(s => s.Outcome == false).ToList();
                return failed.Count > 0 ? failed : blocking;
            }

            var unboundCaps = rating.Caps.Where(c => c.Outcome == false && c.Grade.Rank <= expectedHigh.Rank).ToList();
            if (unboundCaps.Count > 0) return unboundCaps;
            var lifting = rating.KeyQuestions
                .Where(k => k.Range.High.Rank == rating.Uncapped.High.Rank)
                .SelectMany(k => k.Supports.Where(s => s.Outcome != false && s.Grade.Rank == rating.Range.High.Rank));
            return lifting.ToList();
        }
    }
}
