using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Engine.Explanation
{
    /// <summary>Finds what keeps a standard from the next grade up: failed supports and binding caps, with the changes that would clear them.</summary>
    public static class NextGradeAdvisor
    {
        /// <summary>The near misses between <paramref name="rating"/>'s lowest possible grade and the next grade; empty at the top of the scale.</summary>
        public static IReadOnlyList<NearMiss> Advise(StandardRating rating, RulebookManifest manifest)
        {
            var scale = manifest.Scale;
            var misses = new List<NearMiss>();
            int next = rating.Range.Low.Rank + 1;
            if (next >= scale.Grades.Count) return misses;
            var nextGrade = scale.Grades[next];
            if (rating.Standard.Method == RatingMethod.LowestKeyQuestion)
            {
                return AdviseBands(rating, manifest, nextGrade);
            }

            foreach (var judgement in rating.KeyQuestions.Where(j => j.Range.Low.Rank < next))
            {
                foreach (var support in judgement.Supports.Where(s => s.Outcome != true && s.Grade.Rank <= next))
                {
                    misses.Add(new NearMiss(support,
                        $"{nextGrade.Label} was blocked by {Describe(support)} because {Values(support)}",
                        Changes(support, wanted: true)));
                }
            }

            foreach (var cap in rating.Caps.Where(c => c.Outcome != false && c.Grade.Rank < next))
            {
                misses.Add(new NearMiss(cap,
                    $"{nextGrade.Label} was blocked by the cap {Describe(cap)} at {cap.Grade.Label} because {Values(cap)}",
                    Changes(cap, wanted: false)));
            }

            return misses;
        }

        /// <summary>Domain two: each key question whose share of sufficient cases is below the next grade's band.</summary>
        private static IReadOnlyList<NearMiss> AdviseBands(StandardRating rating, RulebookManifest manifest, Grade nextGrade)
        {
            var misses = new List<NearMiss>();
            var band = manifest.CaseSampleBands.Where(b => manifest.Scale[b.GradeId].Rank >= nextGrade.Rank).OrderBy(b => b.AtLeast).FirstOrDefault();
            if (band is null) return misses;
            foreach (var judgement in rating.KeyQuestions.Where(j => j.Measure is null || j.Measure < band.AtLeast))
            {
                var kq = judgement.KeyQuestion;
                var now = judgement.Measure is double m ? UnitFormat.Format(m, FactUnit.Percent) : "missing";
                var target = UnitFormat.Format(band.AtLeast, FactUnit.Percent);
                misses.Add(new NearMiss(null,
                    $"{nextGrade.Label} was blocked by key question {kq.Id} ({SourceText.Of(kq.Span)}) because `{kq.Measure}` = {now}, below the {target} band",
                    new[] { $"raise `{kq.Measure}` from {now} to at least {target}" }));
            }

            return misses;
        }

        private static IReadOnlyList<string> Changes(CharacteristicResult result, bool wanted) =>
            result.Trace is ConditionTrace trace ? ChangeAdvisor.Suggest(trace, wanted) : new string[0];

        private static string Describe(CharacteristicResult result) =>
            $"{result.Characteristic.Id} ({SourceText.Of(result.Characteristic.Span)})";

        private static string Values(CharacteristicResult result)
        {
            var readings = string.Join(", ", result.Readings.Select(r => $"{r.Path} = {r.Display}"));
            var verdict = result.Outcome is null ? "is unknown" : result.Bound.IsCap ? "holds" : "does not hold";
            return $"`{result.Characteristic.ConditionText}` {verdict}" + (readings.Length > 0 ? $" ({readings})" : string.Empty);
        }
    }
}
