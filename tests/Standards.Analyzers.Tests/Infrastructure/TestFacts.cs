namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>A small evidence contract and a valid rulebook around it, for the per-id analyzer tests.</summary>
    internal static class TestFacts
    {
        /// <summary>C# fact types: one <c>[EvidenceRoot]</c> with a record, a list and units of several kinds.</summary>
        public const string Source = """
            using System.Collections.Generic;
            using Standards.Rules.Facts;

            namespace Consumer.Facts
            {
                [EvidenceRoot]
                public sealed class Evidence
                {
                    [FactMember(Description = "The inspected case sample.")]
                    public CaseSample? CaseSample { get; set; }

                    [FactMember(Description = "SPO spans of control.")]
                    public Spans? Spans { get; set; }
                }

                public sealed class CaseSample
                {
                    [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Cases with sufficient oversight.")]
                    public double? OversightSufficientPercent { get; set; }

                    [FactMember(Description = "Per-case judgements.")]
                    public IReadOnlyList<CaseRecord>? Cases { get; set; }
                }

                public sealed class CaseRecord
                {
                    [FactMember(Description = "Management oversight was sufficient.")]
                    public bool? OversightSufficient { get; set; }

                    [FactMember(Allowed = "PO|PSO", Description = "The practitioner's grade.")]
                    public string? Grade { get; set; }
                }

                public sealed class Spans
                {
                    [FactMember(FactUnit.Ratio, Min = 0, Max = 100, Description = "Practitioners per SPO.")]
                    public double? SpoSpan { get; set; }
                }
            }
            """;

        /// <summary>The path of the manifest in test compilations.</summary>
        public const string ManifestPath = "/proj/rules/rulebook.yaml";

        /// <summary>The path of the standard file that each test varies.</summary>
        public const string StandardPath = "/proj/rules/standards/P1.2-staffing.yaml";

        /// <summary>A valid manifest with the four-grade scale.</summary>
        public const string Manifest = """
            rulebook:
              id: test-rulebook
              title: Test rulebook
              version: 1.0.0
              effective: 2026-04-01
            scale:
              - grade: inadequate
                label: Inadequate
                points: 0
              - grade: requires_improvement
                label: Requires improvement
                points: 1
              - grade: good
                label: Good
                points: 2
              - grade: outstanding
                label: Outstanding
                points: 3
            overall:
              - grade: inadequate
                from: 0
                to: 0
              - grade: requires_improvement
                from: 1
                to: 1
              - grade: good
                from: 2
                to: 2
              - grade: outstanding
                from: 3
                to: 3
            case_sample_bands:
              - grade: outstanding
                at_least: 80%
              - grade: good
                at_least: 65%
              - grade: requires_improvement
                at_least: 50%
              - grade: inadequate
                at_least: 0%

            """;

        /// <summary>
        /// A valid standard file: one key question with a full ladder (requires improvement, good, outstanding).
        /// The good characteristic starts on line 11; its condition is on line 12, starting at column 11.
        /// Tests replace parts of it to provoke one diagnostic each.
        /// </summary>
        public const string Standard = """
            standard:
              id: P1.2
              title: Staffing
              domain: 1
              statement: Staff are enabled to deliver a high-quality service.
              method: characteristics
            key_questions:
              - id: P1.2.3
                question: Does the oversight of work support high-quality delivery?
            characteristics:
              - id: P1.2.3-good-oversight
                when: case_sample.oversight_sufficient_percent >= 65%
                key_question: P1.2.3
                supports: good
                reason: Oversight was sufficient in at least 65% of cases.
              - id: P1.2.3-requires-improvement-oversight
                when: case_sample.oversight_sufficient_percent >= 50%
                key_question: P1.2.3
                supports: requires_improvement
                reason: Oversight was sufficient in at least half of the cases.
              - id: P1.2.3-outstanding-oversight
                when: case_sample.oversight_sufficient_percent >= 80%
                key_question: P1.2.3
                supports: outstanding
                reason: Oversight was sufficient in at least 80% of cases.

            """;
    }
}
