using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Rules.Model;

namespace Standards.Engine.Examples
{
    /// <summary>Runs a rulebook's example cases like unit tests: rate each case's evidence and compare with its expectations.</summary>
    public static class ExampleCaseRunner
    {
        /// <summary>The expectation target for the overall rating.</summary>
        public const string OverallTarget = "overall";

        public static IReadOnlyList<ExampleOutcome> Run(CompiledRulebook rulebook) => rulebook.Rulebook.Examples.Select(e => Run(rulebook, e)).ToList();

        public static ExampleOutcome Run(CompiledRulebook rulebook, ExampleCase example)
        {
            var evidence = EvidenceReader.FromNode(example.Evidence);
            if (evidence.Evidence is null)
            {
                var failures = evidence.Diagnostics.Select(d => $"the evidence is invalid: {d}").ToList();
                return new ExampleOutcome(example, failures, null, null, evidence.Diagnostics);
            }

            var report = rulebook.Rate(evidence.Evidence);
            var problems = new List<string>();
            foreach (var expected in example.Expectations)
            {
                var actual = expected.Target == OverallTarget
                    ? report.Overall.Range
                    : report.Standards.FirstOrDefault(s => s.Standard.Id == expected.Target)?.Range;
                if (actual is null)
                {
                    problems.Add($"{expected.Target}: no such standard");
                    continue;
                }

                if (actual.Low.Id != expected.LowestGradeId || actual.High.Id != expected.HighestGradeId)
                {
                    var wanted = expected.LowestGradeId == expected.HighestGradeId ? expected.LowestGradeId : $"{expected.LowestGradeId} to {expected.HighestGradeId}";
                    problems.Add($"{expected.Target}: expected {wanted}, got {actual.ToIdText()}   [{expected.Span.Path}:{expected.Span.Line}]");
                }
            }

            return new ExampleOutcome(example, problems, report, evidence.Evidence, evidence.Diagnostics);
        }
    }
}
