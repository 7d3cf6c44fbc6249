using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Model;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// What a standard's rule builds from the values NRules bound on its left-hand side: characteristic
    /// results, key question judgements and the standard's rating. It never evaluates a condition or a
    /// measure; the outcomes and measures arrive as arguments. The traces behind them are evaluated later,
    /// only if an explanation asks.
    /// </summary>
    internal sealed class StandardRulePlan
    {
        private readonly TraceLayout[] _layouts;
        private readonly TraceLayout?[] _measureLayouts;
        private readonly int[][] _supports;
        private readonly int[] _caps;

        public StandardRulePlan(BoundStandard standard, RulebookManifest manifest)
        {
            Standard = standard;
            Manifest = manifest;
            var characteristics = standard.Characteristics;
            int PositionOf(BoundCharacteristic c) => Enumerable.Range(0, characteristics.Count).First(i => ReferenceEquals(characteristics[i], c));
            _layouts = characteristics.Select(c => new TraceLayout(c.Condition)).ToArray();
            _measureLayouts = standard.KeyQuestions.Select(k => k.Measure is null ? null : new TraceLayout(k.Measure)).ToArray();
            _supports = standard.KeyQuestions.Select(k => k.Supports.Select(PositionOf).ToArray()).ToArray();
            _caps = standard.Caps.Select(PositionOf).ToArray();
        }

        public BoundStandard Standard { get; }

        public RulebookManifest Manifest { get; }

        /// <summary>The result of the characteristic at <paramref name="position"/>, whose outcome NRules has just evaluated.</summary>
        public CharacteristicResult Result(int position, bool? outcome, PduEvidence evidence) =>
            new CharacteristicResult(Standard.Characteristics[position], outcome, _layouts[position], evidence);

        /// <summary>Judges the domain-two key question at <paramref name="keyQuestion"/> by banding its measure.</summary>
        public KeyQuestionJudgement BandMeasure(int keyQuestion, PduEvidence evidence, double? measure)
        {
            var range = RatingSemantics.BandMeasure(measure, Manifest.CaseSampleBands, Manifest.Scale);
            return new KeyQuestionJudgement(Standard.KeyQuestions[keyQuestion], range, new CharacteristicResult[0], measure, _measureLayouts[keyQuestion], evidence);
        }

        /// <summary>
        /// Rates the standard from every characteristic's result (in declaration order) and the judgements of its
        /// measured key questions (in key question order): each other key question by the supports ladder, then the caps.
        /// </summary>
        public RatedStandard Rate(EvidenceKey key, PduEvidence evidence, CharacteristicResult[] results, KeyQuestionJudgement[] measured)
        {
            var judgements = new List<KeyQuestionJudgement>(Standard.KeyQuestions.Count);
            var ranges = new List<GradeRange>(Standard.KeyQuestions.Count);
            var next = 0;
            for (var k = 0; k < Standard.KeyQuestions.Count; k++)
            {
                var judgement = Standard.KeyQuestions[k].Measure is null ? JudgeLadder(k, results, evidence) : measured[next++];
                judgements.Add(judgement);
                ranges.Add(judgement.Range);
            }

            var caps = new List<CharacteristicResult>(_caps.Length);
            foreach (var position in _caps) caps.Add(results[position]);
            var range = RatingSemantics.RateStandard(ranges, caps, Manifest.Scale, out var uncapped);
            return new RatedStandard(key, new StandardRating(Standard.Standard, range, uncapped, judgements, caps, MissingEvidence(judgements, caps)));
        }

        private KeyQuestionJudgement JudgeLadder(int keyQuestion, CharacteristicResult[] results, PduEvidence evidence)
        {
            var positions = _supports[keyQuestion];
            var supports = new List<CharacteristicResult>(positions.Length);
            foreach (var position in positions) supports.Add(results[position]);
            return new KeyQuestionJudgement(Standard.KeyQuestions[keyQuestion], RatingSemantics.JudgeLadder(supports, Manifest.Scale), supports, null, null, evidence);
        }

        private static IReadOnlyList<string> MissingEvidence(IReadOnlyList<KeyQuestionJudgement> judgements, IReadOnlyList<CharacteristicResult> caps)
        {
            var unknown = judgements.SelectMany(j => j.Supports).Concat(caps).Where(r => r.Outcome is null).SelectMany(r => r.Readings);
            var measures = judgements.Where(j => j.Bound.Measure != null && j.Measure is null).SelectMany(j => j.MeasureReadings);
            return unknown.Concat(measures).Where(r => r.IsMissing).Select(r => r.EvidencePath).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        }
    }
}
