using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;
using Standards.Engine.Runtime;
using Standards.Rules.Binding;
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

        public static IReadOnlyList<ProductionRule> Compile(BoundRulebook rulebook)
        {
            var scale = rulebook.Scale;
            var rules = new List<ProductionRule>();
            foreach (var standard in rulebook.Standards)
            {
                foreach (var characteristic in standard.Characteristics)
                {
                    var c = new CompiledCharacteristic(characteristic);
                    rules.Add(new RuleBuilder("characteristic " + characteristic.Id).Priority(CharacteristicPriority).Source(SourceText.Of(characteristic.Characteristic.Span))
                        .Match<PduEvidence>()
                        .Then((ctx, m) => ctx.Insert(c.Evaluate((PduEvidence)m[0])))
                        .Build());
                }

                foreach (var keyQuestion in standard.KeyQuestions)
                {
                    rules.Add(standard.Method == RatingMethod.LowestKeyQuestion
                        ? MeasureRule(rulebook.Manifest, keyQuestion, keyQuestion.Measure!)
                        : LadderRule(scale, keyQuestion));
                }

                rules.Add(StandardRule(scale, standard));
            }

            rules.Add(OverallRule(rulebook));
            return rules;
        }

        private static ProductionRule LadderRule(GradeScale scale, BoundKeyQuestion keyQuestion)
        {
            int expected = keyQuestion.Supports.Count;
            return new RuleBuilder("key question " + keyQuestion.Id).Priority(KeyQuestionPriority).Source(SourceText.Of(keyQuestion.KeyQuestion.Span))
                .Match<PduEvidence>()
                .Collect<CharacteristicResult>(r => r.Bound.IsSupport && ReferenceEquals(r.Bound.KeyQuestion, keyQuestion.KeyQuestion))
                .Join(m => Items(m[1]).Count == expected)
                .Then((ctx, m) =>
                {
                    var supports = Items(m[1]).Cast<CharacteristicResult>().ToList();
                    ctx.Insert(new KeyQuestionJudgement(keyQuestion, RatingSemantics.JudgeLadder(supports, scale), supports, null, null, (PduEvidence)m[0]));
                })
                .Build();
        }

        private static ProductionRule MeasureRule(RulebookManifest manifest, BoundKeyQuestion keyQuestion, BoundExpr measureExpr)
        {
            var measure = ConditionCompiler.CompileNumber<PduEvidence>(measureExpr);
            var layout = new TraceLayout(measureExpr);
            return new RuleBuilder("key question " + keyQuestion.Id).Priority(KeyQuestionPriority).Source(SourceText.Of(keyQuestion.KeyQuestion.Span))
                .Match<PduEvidence>()
                .Then((ctx, m) =>
                {
                    var evidence = (PduEvidence)m[0];
                    var value = measure(evidence);
                    var range = RatingSemantics.BandMeasure(value, manifest.CaseSampleBands, manifest.Scale);
                    ctx.Insert(new KeyQuestionJudgement(keyQuestion, range, new CharacteristicResult[0], value, layout, evidence));
                })
                .Build();
        }

        private static ProductionRule StandardRule(GradeScale scale, BoundStandard standard)
        {
            int keyQuestions = standard.KeyQuestions.Count;
            int caps = standard.Caps.Count;
            var order = new Dictionary<KeyQuestion, int>();
            for (var i = 0; i < standard.KeyQuestions.Count; i++)
            {
                order.TryAdd(standard.KeyQuestions[i].KeyQuestion, i);
            }

            var model = standard.Standard;
            return new RuleBuilder("standard " + standard.Id).Priority(StandardPriority).Source(SourceText.Of(model.Span))
                .Match<PduEvidence>()
                .Collect<KeyQuestionJudgement>(j => j.Standard == model)
                .Collect<CharacteristicResult>(r => r.Standard == model && r.Bound.IsCap)
                .Join(m => Items(m[1]).Count == keyQuestions && Items(m[2]).Count == caps)
                .Then((ctx, m) =>
                {
                    var judgements = Items(m[1]).Cast<KeyQuestionJudgement>().OrderBy(j => order.TryGetValue(j.KeyQuestion, out var i) ? i : -1).ToList();
                    var capResults = Items(m[2]).Cast<CharacteristicResult>().ToList();
                    var range = RatingSemantics.RateStandard(judgements.Select(j => j.Range).ToList(), capResults, scale, out var uncapped);
                    ctx.Insert(new StandardRating(model, range, uncapped, judgements, capResults, MissingEvidence(judgements, capResults)));
                })
                .Build();
        }

        private static ProductionRule OverallRule(BoundRulebook rulebook)
        {
            int standards = rulebook.Standards.Count;
            var manifest = rulebook.Manifest;
            return new RuleBuilder("overall").Priority(OverallPriority).Source(SourceText.Of(manifest.Span))
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
            var measures = judgements.Where(j => j.Bound.Measure != null && j.Measure is null).SelectMany(j => j.MeasureReadings);
            return unknown.Concat(measures).Where(r => r.IsMissing).Select(r => r.EvidencePath).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        }

        private static IReadOnlyList<object> Items(object collected) => (IReadOnlyList<object>)collected;
    }
}
