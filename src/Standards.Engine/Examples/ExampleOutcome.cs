using System.Collections.Generic;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Engine.Examples
{
    /// <summary>The result of running one example case: the failures (empty when it passed) and the report.</summary>
    public sealed class ExampleOutcome
    {
        /// <summary>Creates an example outcome from its parts.</summary>
        public ExampleOutcome(ExampleCase example, IReadOnlyList<string> failures, IReadOnlyList<(ExpectedRating Expected, GradeRange Actual)> mismatches, RatingReport? report, PduEvidence? evidence, IReadOnlyList<Diagnostic> evidenceDiagnostics)
        {
            Example = example;
            Failures = failures;
            Mismatches = mismatches;
            Report = report;
            Evidence = evidence;
            EvidenceDiagnostics = evidenceDiagnostics;
        }

        /// <summary>The example case that was run.</summary>
        public ExampleCase Example { get; }

        /// <summary>One line per unmet expectation: "P1.2: expected good, got requires_improvement".</summary>
        public IReadOnlyList<string> Failures { get; }

        /// <summary>The expectations the rating did not meet, with the rating actually given.</summary>
        public IReadOnlyList<(ExpectedRating Expected, GradeRange Actual)> Mismatches { get; }

        /// <summary>The ratings, or null when the example's evidence was invalid.</summary>
        public RatingReport? Report { get; }

        /// <summary>The evidence rated, or null when invalid.</summary>
        public PduEvidence? Evidence { get; }

        /// <summary>Problems with the example's evidence.</summary>
        public IReadOnlyList<Diagnostic> EvidenceDiagnostics { get; }

        /// <summary>True when every expectation held and the evidence was valid.</summary>
        public bool Passed => Failures.Count == 0;
    }
}
