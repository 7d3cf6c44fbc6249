using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Engine.Examples
{
    /// <summary>Runs a rulebook's example cases like unit tests: rate each case's evidence and compare with its expectations.</summary>
    public static class ExampleCaseRunner
    {
        public static IReadOnlyList<ExampleOutcome> Run(CompiledRulebook rulebook) => rulebook.Rulebook.Examples.Select(e => Run(rulebook, e)).ToList();

        /// <summary>Runs every example case and reports each unmet expectation as STD2009 at the expectation, for <c>standards check</c>.</summary>
        public static IReadOnlyList<Diagnostic> Check(CompiledRulebook rulebook)
        {
            var diagnostics = new DiagnosticBag();
            foreach (var outcome in Run(rulebook))
            {
                if (outcome.Report is null)
                {
                    foreach (var d in outcome.EvidenceDiagnostics) diagnostics.Add(d);
                    continue;
                }

                foreach (var (expected, actual) in outcome.Mismatches)
                {
                    diagnostics.Report(DiagnosticCatalog.FailingExampleCase, expected.Span,
                        $"the example `{outcome.Example.Name}` expects `{expected.Target}` to be {Text(expected)}, but the rulebook gives {actual.ToIdText()}; run `standards test` for the explanation");
                }
            }

            return diagnostics.ToSortedList();
        }

        private static Rating.GradeRange? Actual(Rating.RatingReport report, string target) =>
            target == ExpectedRating.OverallTarget ? report.Overall.Range : report.Standards.FirstOrDefault(s => s.Standard.Id == target)?.Range;

        private static string Text(ExpectedRating expected) => expected.IdText;

        public static ExampleOutcome Run(CompiledRulebook rulebook, ExampleCase example)
        {
            var evidence = EvidenceReader.FromNode(example.Evidence);
            if (evidence.Evidence is null)
            {
                var failures = evidence.Diagnostics.Select(d => $"the evidence is invalid: {d}").ToList();
                return new ExampleOutcome(example, failures, new (ExpectedRating, Rating.GradeRange)[0], null, null, evidence.Diagnostics);
            }

            var report = rulebook.Rate(evidence.Evidence);
            var problems = new List<string>();
            var mismatches = new List<(ExpectedRating, Rating.GradeRange)>();
            foreach (var expected in example.Expectations)
            {
                var actual = Actual(report, expected.Target);
                if (actual is null)
                {
                    problems.Add($"{expected.Target}: no such standard");
                    continue;
                }

                if (actual.Low.Id != expected.LowestGradeId || actual.High.Id != expected.HighestGradeId)
                {
                    problems.Add($"{expected.Target}: expected {Text(expected)}, got {actual.ToIdText()}   [{expected.Span.Path}:{expected.Span.Line}]");
                    mismatches.Add((expected, actual));
                }
            }

            return new ExampleOutcome(example, problems, mismatches, report, evidence.Evidence, evidence.Diagnostics);
        }
    }
}
