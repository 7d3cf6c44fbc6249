using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;

namespace Standards.Engine.Evidence
{
    /// <summary>Works out the case-sample percentages from per-case records, where the evidence does not give them.</summary>
    internal static class CaseSampleAggregator
    {
        public static void Fill(CaseSample sample)
        {
            var cases = sample.Cases;
            if (cases is null || cases.Count == 0) return;
            sample.SampleSize ??= cases.Count;
            sample.OversightSufficientPercent ??= Percent(cases, c => c.OversightSufficient);
            sample.FirstTouchPointOnTimePercent ??= Percent(cases, c => c.FirstTouchPointOnTime);
            sample.Assessment = Fill(sample.Assessment, cases, c => c.AssessmentEngagement, c => c.AssessmentDesistance, c => c.AssessmentSafety);
            sample.Planning = Fill(sample.Planning, cases, c => c.PlanningEngagement, c => c.PlanningDesistance, c => c.PlanningSafety);
            sample.Implementation = Fill(sample.Implementation, cases, c => c.ImplementationEngagement, c => c.ImplementationDesistance, c => c.ImplementationSafety);
            sample.Reviewing = Fill(sample.Reviewing, cases, c => c.ReviewingEngagement, c => c.ReviewingDesistance, c => c.ReviewingSafety);
        }

        private static CaseQualityPercents? Fill(CaseQualityPercents? given, IReadOnlyList<CaseRecord> cases,
            Func<CaseRecord, bool?> engagement, Func<CaseRecord, bool?> desistance, Func<CaseRecord, bool?> safety)
        {
            var result = given ?? new CaseQualityPercents();
            result.Engagement ??= Percent(cases, engagement);
            result.Desistance ??= Percent(cases, desistance);
            result.Safety ??= Percent(cases, safety);
            return result.Engagement is null && result.Desistance is null && result.Safety is null ? given : result;
        }

        /// <summary>The share of cases judged sufficient among those judged at all, rounded to 0.1; null when none were judged.</summary>
        private static double? Percent(IReadOnlyList<CaseRecord> cases, Func<CaseRecord, bool?> judgement)
        {
            var judged = cases.Select(judgement).Where(j => j.HasValue).ToList();
            return judged.Count == 0 ? (double?)null : Math.Round(100.0 * judged.Count(j => j == true) / judged.Count, 1);
        }
    }
}
