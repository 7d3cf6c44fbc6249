using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Runtime;
using Standards.Rules.Model;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Compiles the rule model into production rules. The chain is: evidence → characteristic results →
    /// key question judgements → standard ratings → overall rating; each link fires on facts the link before inserted.
    /// </summary>
    internal static class RulebookCompiler
    {
        private const int CharacteristicPriority = 400;
        private const int KeyQuestionPriority = 300;
        private const int StandardPriority = 200;
        private const int OverallPriority = 100;

        public static IReadOnlyList<ProductionRule> Compile(Rulebook rulebook, out IReadOnlyList<CompiledCharacteristic> characteristics)
        {
            var root = EvidenceSchema.Instance.Root;
            var scale = rulebook.Manifest.Scale;
            var rules = new List<ProductionRule>();
            var compiled = new List<CompiledCharacteristic>();
            foreach (var standard in rulebook.Standards)
            {
                foreach (var characteristic in standard.Characteristics)
                {
                    var c = new CompiledCharacteristic(standard, characteristic,
                        ConditionCompiler.CompileCondition<PduEvidence>(characteristic.Condition, root), ReadingProbe.For(characteristic.Condition, root));
                    compiled.Add(c);
                    rules.Add(new RuleBuilder("characteristic " + characteristic.Id).Priority(CharacteristicPriority).Source(Source(characteristic.Span))
                        .Match<PduEvidence>()
                        .Then((ctx, m) => ctx.Insert(c.Evaluate((PduEvidence)m[0])))
                        .Build());
                }

                foreach (var keyQuestion in standard.KeyQuestions)
                {
                    rules.Add(standard.Method == RatingMethod.LowestKeyQuestion
                        ? MeasureRule(rulebook, standard, keyQuestion)
                        : LadderRule(scale, standard, keyQuestion));
                }

                rules.Add(StandardRule(scale, standard));
            }

            rules.Add(OverallRule(rulebook));
            characteristics = compiled;
            return rules;
        }

        private static ProductionRule LadderRule(GradeScale scale, Standard standard, KeyQuestion keyQuestion)
        {
            int expected = standard.Characteristics.Count(c => c.KeyQuestionId == keyQuestion.Id && c.Role == CharacteristicRole.Supports);
            return new RuleBuilder("key question " + keyQuestion.Id).Priority(KeyQuestionPriority).Source(Source(keyQuestion.Span))
                .Match<PduEvidence>()
                .Collect<CharacteristicResult>(r => r.Characteristic.KeyQuestionId == keyQuestion.Id && r.Characteristic.Role == CharacteristicRole.Supports && r.Standard == standard)
                .Join(m => Items(m[1]).Count == expected)
                .Then((ctx, m) =>
                {
                    var supports = Items(m[1]).Cast<CharacteristicResult>().ToList();
                    ctx.Insert(new KeyQuestionJudgement(standard, keyQuestion, RatingSemantics.JudgeLadder(supports, scale), supports, null, new EvidenceReading[0]));
                })
                .Build();
        }

        private static ProductionRule MeasureRule(Rulebook rulebook, Standard standard, KeyQuestion keyQuestion)
        {
            var root = EvidenceSchema.Instance.Root;
            var measure = ConditionCompiler.CompileNumber<PduEvidence>(keyQuestion.Measure!, root);
            var probes = ReadingProbe.For(keyQuestion.Measure!, root);
            var manifest = rulebook.Manifest;
            return new RuleBuilder("key question " + keyQuestion.Id).Priority(KeyQuestionPriority).Source(Source(keyQuestion.Span))
                .Match<PduEvidence>()
                .Then((ctx, m) =>
                {
                    var evidence = (PduEvidence)m[0];
                    var value = measure(evidence);
                    var range = RatingSemantics.BandMeasure(value, manifest.CaseSampleBands, manifest.Scale);
                    ctx.Insert(new KeyQuestionJudgement(standard, keyQuestion, range, new CharacteristicResult[0], value, ReadingProbe.ReadAll(probes, evidence)));
                })
                .Build();
        }

        private static ProductionRule StandardRule(GradeScale scale, Standard standard)
        {
            int keyQuestions = standard.KeyQuestions.Count;
            int caps = standard.Characteristics.Count(c => c.Role == CharacteristicRole.Caps);
            var order = new Dictionary<KeyQuestion, int>();
            for (var i = 0; i < standard.KeyQuestions.Count; i++)
            {
                order.TryAdd(standard.KeyQuestions[i], i);
            }
            return new RuleBuilder("standard " + standard.Id).Priority(StandardPriority).Source(Source(standard.Span))
                .Match<PduEvidence>()
                .Collect<KeyQuestionJudgement>(j => j.Standard == standard)
                .Collect<CharacteristicResult>(r => r.Standard == standard && r.Characteristic.Role == CharacteristicRole.Caps)
                .Join(m => Items(m[1]).Count == keyQuestions && Items(m[2]).Count == caps)
                .Then((ctx, m) =>
                {
                    var judgements = Items(m[1]).Cast<KeyQuestionJudgement>().OrderBy(j => order.TryGetValue(j.KeyQuestion, out var i) ? i : -1).ToList();
                    var capResults = Items(m[2]).Cast<CharacteristicResult>().ToList();
                    var range = RatingSemantics.RateStandard(judgements.Select(j => j.Range).ToList(), capResults, scale, out var uncapped);
                    ctx.Insert(new StandardRating(standard, range, uncapped, judgements, capResults, MissingEvidence(judgements, capResults)));
                })
                .Build();
        }

        private static ProductionRule OverallRule(Rulebook rulebook)
        {
            int standards = rulebook.Standards.Count;
            var manifest = rulebook.Manifest;
            return new RuleBuilder("overall").Priority(OverallPriority).Source(Source(manifest.Span))
                .Match<PduEvidence>()
                .Collect<StandardRating>()
                .Join(m => Items(m[1]).Count == standards)
                .Then((ctx, m) =>
                {
                    var ratings = Items(m[1]).Cast<StandardRating>().Select(r => r.Range).ToList();
                    ctx.Insert(RatingSemantics.RateOverall(ratings, manifest.OverallBands, manifest.Scale));
                })
                .Build();
        }

        private static IReadOnlyList<string> MissingEvidence(IReadOnlyList<KeyQuestionJudgement> judgements, IReadOnlyList<CharacteristicResult> caps)
        {
            var unknown = judgements.SelectMany(j => j.Supports).Concat(caps).Where(r => r.Outcome is null).SelectMany(r => r.Readings);
            var measures = judgements.Where(j => j.KeyQuestion.Measure != null && j.Measure is null).SelectMany(j => j.MeasureReadings);
            return unknown.Concat(measures).Where(r => r.IsMissing).Select(r => r.EvidencePath).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        }

        private static IReadOnlyList<object> Items(object collected) => (IReadOnlyList<object>)collected;

        private static string Source(Standards.Rules.Text.SourceSpan span) => $"{span.Path}:{span.Line}";
    }
}
