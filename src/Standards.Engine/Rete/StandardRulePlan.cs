using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// What a standard's rule builds from the outcomes NRules bound on its left-hand side: characteristic
    /// results with the evidence they read, key question judgements and the standard's rating. It never
    /// evaluates a condition; the outcomes and measures arrive as arguments.
    /// </summary>
    internal sealed class StandardRulePlan
    {
        private static readonly EvidenceReading[] NoReadings = new EvidenceReading[0];
        private readonly IReadOnlyList<ReadingProbe>[] _probes;
        private readonly IReadOnlyList<ReadingProbe>?[] _measureProbes;

        public StandardRulePlan(Standard standard, RulebookManifest manifest)
        {
            var root = EvidenceSchema.Instance.Root;
            Standard = standard;
            Manifest = manifest;
            _probes = standard.Characteristics.Select(c => ReadingProbe.For(c.Condition, root)).ToArray();
            _measureProbes = standard.KeyQuestions.Select(k => k.Measure is null ? null : ReadingProbe.For(k.Measure, root)).ToArray();
            Supports = standard.KeyQuestions
                .Select(k => Enumerable.Range(0, standard.Characteristics.Count)
                    .Where(i => standard.Characteristics[i].KeyQuestionId == k.Id && standard.Characteristics[i].Role == CharacteristicRole.Supports).ToArray())
                .ToArray();
            Caps = Enumerable.Range(0, standard.Characteristics.Count).Where(i => standard.Characteristics[i].Role == CharacteristicRole.Caps).ToArray();
        }

        public Standard Standard { get; }

        public RulebookManifest Manifest { get; }

        /// <summary>For each key question, the positions of the characteristics supporting it, in declaration order.</summary>
        public IReadOnlyList<int[]> Supports { get; }

        /// <summary>The positions of the capping characteristics, in declaration order.</summary>
        public int[] Caps { get; }

        /// <summary>Judges key question <paramref name="keyQuestion"/> by the supports ladder from its characteristics' outcomes.</summary>
        public KeyQuestionJudgement JudgeLadder(int keyQuestion, PduEvidence evidence, bool?[] outcomes)
        {
            var positions = Supports[keyQuestion];
            var supports = new List<CharacteristicResult>(positions.Length);
            for (var i = 0; i < positions.Length; i++) supports.Add(Result(positions[i], evidence, outcomes[i]));
            var range = RatingSemantics.JudgeLadder(supports, Manifest.Scale);
            return new KeyQuestionJudgement(Standard, Standard.KeyQuestions[keyQuestion], range, supports, null, NoReadings);
        }

        /// <summary>Judges a domain-two key question by banding its measure.</summary>
        public KeyQuestionJudgement BandMeasure(int keyQuestion, PduEvidence evidence, double? measure)
        {
            var range = RatingSemantics.BandMeasure(measure, Manifest.CaseSampleBands, Manifest.Scale);
            var readings = ReadingProbe.ReadAll(_measureProbes[keyQuestion]!, evidence);
            return new KeyQuestionJudgement(Standard, Standard.KeyQuestions[keyQuestion], range, new CharacteristicResult[0], measure, readings);
        }

        /// <summary>Rates the standard from its key question judgements and its caps' outcomes.</summary>
        public RatedStandard Rate(EvidenceKey key, KeyQuestionJudgement[] judgements, PduEvidence evidence, bool?[] capOutcomes)
        {
            var caps = new List<CharacteristicResult>(Caps.Length);
            for (var i = 0; i < Caps.Length; i++) caps.Add(Result(Caps[i], evidence, capOutcomes[i]));
            var ranges = new GradeRange[judgements.Length];
            for (var i = 0; i < judgements.Length; i++) ranges[i] = judgements[i].Range;
            var range = RatingSemantics.RateStandard(ranges, caps, Manifest.Scale, out var uncapped);
            return new RatedStandard(key, new StandardRating(Standard, range, uncapped, judgements, caps, MissingEvidence(judgements, caps)));
        }

        private CharacteristicResult Result(int position, PduEvidence evidence, bool? outcome) =>
            new CharacteristicResult(Standard, Standard.Characteristics[position], outcome, ReadingProbe.ReadAll(_probes[position], evidence));

        private static IReadOnlyList<string> MissingEvidence(IReadOnlyList<KeyQuestionJudgement> judgements, IReadOnlyList<CharacteristicResult> caps)
        {
            var unknown = judgements.SelectMany(j => j.Supports).Concat(caps).Where(r => r.Outcome is null).SelectMany(r => r.Readings);
            var measures = judgements.Where(j => j.KeyQuestion.Measure != null && j.Measure is null).SelectMany(j => j.MeasureReadings);
            return unknown.Concat(measures).Where(r => r.IsMissing).Select(r => r.EvidencePath).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        }
    }
}
