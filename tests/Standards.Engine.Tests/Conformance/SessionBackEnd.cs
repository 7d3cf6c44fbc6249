using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>
    /// The rating session: the condition is every rung of the only key question of a one-standard rulebook, so
    /// the standard is Outstanding when it holds, Inadequate when it fails and the whole range when unknown.
    /// </summary>
    internal sealed class SessionBackEnd : IConditionBackEnd
    {
        private const string Manifest = """
            rulebook:
              id: conformance
              title: Conformance rulebook
              version: 1.0.0
              effective: 2026-04-01
            scale:
              - { grade: inadequate, label: Inadequate, points: 0 }
              - { grade: requires_improvement, label: Requires improvement, points: 1 }
              - { grade: good, label: Good, points: 2 }
              - { grade: outstanding, label: Outstanding, points: 3 }
            overall:
              - { grade: inadequate, from: 0, to: 0 }
              - { grade: requires_improvement, from: 1, to: 1 }
              - { grade: good, from: 2, to: 2 }
              - { grade: outstanding, from: 3, to: 3 }
            case_sample_bands:
              - { grade: outstanding, at_least: 80% }
              - { grade: good, at_least: 65% }
              - { grade: requires_improvement, at_least: 50% }
              - { grade: inadequate, at_least: 0% }
            """;

        public string Name => "rating session";

        public (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence)
        {
            var standard = new StringBuilder("""
                standard:
                  id: P1.2
                  title: Staffing
                  domain: 1
                  statement: Conformance.
                  method: characteristics
                key_questions:
                  - id: P1.2.1
                    question: Conformance?
                characteristics:

                """);
            foreach (var grade in new[] { "requires_improvement", "good", "outstanding" })
            {
                standard.Append($"  - id: c-{grade}\n    key_question: P1.2.1\n    supports: {grade}\n    when: '{conditionText.Replace("'", "''")}'\n    reason: Conformance.\n");
            }

            var loaded = RulebookLoader.Load(new[]
            {
                new RuleSource("rules/rulebook.yaml", Encoding.UTF8.GetBytes(Manifest)),
                new RuleSource("rules/p1.2.yaml", Encoding.UTF8.GetBytes(standard.ToString())),
            }, EvidenceSchema.Instance);
            var errors = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0 || loaded.Rulebook is null) throw new InvalidOperationException("the conformance rulebook did not load: " + string.Join("; ", errors));
            var rating = CompiledRulebook.Compile(loaded.Rulebook).Rate(evidence).Standards.Single();
            bool? outcome = rating.Range.Low.Id == "outstanding" ? true : rating.Range.High.Id == "inadequate" ? false : null;
            if (outcome is null && (rating.Range.Low.Id != "inadequate" || rating.Range.High.Id != "outstanding"))
            {
                throw new InvalidOperationException($"the conformance standard rated {rating.Range}, which no outcome explains");
            }

            return (outcome, rating.KeyQuestions.Single().Supports.First().Readings);
        }
    }
}
