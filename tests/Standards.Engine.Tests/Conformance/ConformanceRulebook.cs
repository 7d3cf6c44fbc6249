using System;
using System.Linq;
using System.Text;
using Standards.Engine.Evidence;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;
using Standards.Rules.Model;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>
    /// A one-standard rulebook whose only key question has the condition as every rung, so the standard is
    /// Outstanding when it holds, Inadequate when it fails and the whole range when unknown.
    /// </summary>
    internal static class ConformanceRulebook
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

        public static Rulebook Load(string conditionText)
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
            return loaded.Rulebook;
        }

        /// <summary>The outcome a standard's range stands for: true for Outstanding, false for Inadequate, null for the whole range.</summary>
        public static bool? OutcomeOf(string lowId, string highId, string range)
        {
            bool? outcome = lowId == "outstanding" ? true : highId == "inadequate" ? false : null;
            if (outcome is null && (lowId != "inadequate" || highId != "outstanding"))
            {
                throw new InvalidOperationException($"the conformance standard rated {range}, which no outcome explains");
            }

            return outcome;
        }
    }
}
