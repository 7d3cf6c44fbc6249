using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// Checks, before anything is timed, that the three approaches agree on the benchmark evidence, so
    /// the comparison is between programs that compute the same thing. Throws on any difference.
    /// </summary>
    public static class Verification
    {
        /// <summary>Checks the evidence leaves nothing unknown, then compares RulesEngine and the hand-written rating with the Standards engine.</summary>
        public static void AssertAllAgree(Rulebook rulebook, CompiledRulebook compiled, RulesEngineRater rulesEngine, PduEvidence evidence)
        {
            var report = compiled.Rate(evidence);
            var characteristics = AssertFullyPopulated(rulebook, report);
            AssertRulesEngineOutcomes(report, characteristics, rulesEngine, evidence);
            var expected = RatingSummary.From(report);
            RatingSummary.AssertSame("Microsoft RulesEngine", expected, rulesEngine.Rate(evidence));
            RatingSummary.AssertSame("the hand-written rating", expected, HandWrittenRater.Rate(evidence));
            var grades = rulebook.Manifest.Scale.Grades.Select(g => g.Id).ToList();
            Console.WriteLine($"// verified: all three agree on {characteristics.Count} characteristic outcomes and "
                + $"{report.Standards.SelectMany(s => s.KeyQuestions).Count(k => k.Measure != null)} measures; "
                + RatingSummary.Describe(grades, expected));
        }

        /// <summary>Every characteristic outcome and measure is known and no evidence is missing; returns the outcomes by characteristic id.</summary>
        private static Dictionary<string, bool> AssertFullyPopulated(Rulebook rulebook, RatingReport report)
        {
            var results = report.Standards.SelectMany(s => s.KeyQuestions.SelectMany(k => k.Supports).Concat(s.Caps)).ToList();
            var unknown = results.Where(r => r.Outcome is null).Select(r => r.Characteristic.Id)
                .Concat(report.Standards.SelectMany(s => s.KeyQuestions).Where(k => k.KeyQuestion.Measure != null && k.Measure is null).Select(k => k.KeyQuestion.Id))
                .Concat(report.Standards.SelectMany(s => s.MissingEvidence))
                .ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException("the benchmark evidence must be fully populated, but these are unknown or missing: " + string.Join(", ", unknown));
            }

            var outcomes = results.ToDictionary(r => r.Characteristic.Id, r => r.Outcome!.Value, StringComparer.Ordinal);
            var all = rulebook.Characteristics.Select(c => c.Id).ToList();
            if (outcomes.Count != all.Count || all.Any(id => !outcomes.ContainsKey(id)))
            {
                throw new InvalidOperationException($"the Standards engine reported {outcomes.Count} characteristic results for {all.Count} characteristics");
            }

            return outcomes;
        }

        /// <summary>RulesEngine's result for every characteristic equals the Standards engine's, and every measure is the same value.</summary>
        private static void AssertRulesEngineOutcomes(RatingReport report, Dictionary<string, bool> expected, RulesEngineRater rulesEngine, PduEvidence evidence)
        {
            var results = rulesEngine.Execute(evidence);
            var problems = new List<string>();
            foreach (var result in results.Where(r => !string.IsNullOrEmpty(r.ExceptionMessage) || r.ActionResult?.Exception != null))
            {
                problems.Add($"{result.Rule.RuleName}: {result.ExceptionMessage} {result.ActionResult?.Exception?.Message}".TrimEnd());
            }

            var byName = results.ToDictionary(r => r.Rule.RuleName, StringComparer.Ordinal);
            foreach (var pair in expected)
            {
                if (!byName.TryGetValue(pair.Key, out var result)) problems.Add(pair.Key + ": no RulesEngine result");
                else if (result.IsSuccess != pair.Value) problems.Add($"{pair.Key}: Standards engine {pair.Value}, RulesEngine {result.IsSuccess} for `{result.Rule.Expression}`");
            }

            foreach (var judgement in report.Standards.SelectMany(s => s.KeyQuestions).Where(k => k.KeyQuestion.Measure != null))
            {
                var name = RulesEngineRater.MeasurePrefix + judgement.KeyQuestion.Id;
                if (!byName.TryGetValue(name, out var result)) problems.Add(name + ": no RulesEngine result");
                else if (RulesEngineRater.MeasureOf(result) != judgement.Measure) problems.Add($"{name}: Standards engine {judgement.Measure}, RulesEngine {RulesEngineRater.MeasureOf(result)}");
            }

            int expectedRules = expected.Count + report.Standards.SelectMany(s => s.KeyQuestions).Count(k => k.KeyQuestion.Measure != null);
            if (results.Count != expectedRules) problems.Add($"RulesEngine ran {results.Count} rules, expected {expectedRules}");
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("Microsoft RulesEngine disagrees with the Standards engine:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems));
            }
        }
    }
}
