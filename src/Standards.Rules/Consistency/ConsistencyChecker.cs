using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Model;
using Standards.Rules.Text;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// The logical consistency checks (STD2001–STD2008), computed on the rule model with interval and box
    /// analysis over numeric and enumerated conditions, as decision-table verifiers do. Problems are
    /// collected, never thrown. STD2009 (failing example cases) is reported by the example runner.
    /// </summary>
    public static class ConsistencyChecker
    {
        /// <summary>
        /// Checks <paramref name="standards"/> against the rating <paramref name="scale"/>; nothing is checked
        /// without a scale. <paramref name="evidence"/> supplies fields' valid ranges and values. A standard whose
        /// file already has an error in <paramref name="diagnostics"/> is checked on the characteristics that did
        /// bind (their conditions free of errors, their grades on the scale) with the checks that compare
        /// characteristics one or two at a time (STD2001–STD2004, STD2007); the checks that need all of its
        /// characteristics (STD2004's unreachable grades, STD2005, STD2006, STD2008) wait until it is clean.
        /// </summary>
        public static void Check(IReadOnlyList<Standard> standards, GradeScale? scale, FactType evidence, DiagnosticBag diagnostics)
        {
            if (scale is null || scale.Grades.Count == 0) return;
            var errors = diagnostics.ToSortedList().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var broken = new HashSet<string>(errors.Select(d => d.Span.Path));
            var clean = standards.Where(s => !broken.Contains(s.Span.Path)).ToList();
            var normaliser = new ConditionNormaliser(evidence);
            foreach (var standard in standards)
            {
                bool whole = !broken.Contains(standard.Span.Path);
                var context = StandardContext.Create(whole ? standard : BoundPart(standard, scale, errors), scale, normaliser, diagnostics);
                if (context is null) continue;
                ConditionCheck.Run(context);
                LadderCheck.Run(context);
                OverlapCheck.Run(context);
                if (!whole) continue;
                RedundancyCheck.Run(context);
                CapCheck.Run(context);
                GapCheck.Run(context);
            }

            CycleCheck.Run(DerivedFactGraphBuilder.Build(clean, evidence), diagnostics);
        }

        /// <summary>The standard with only the characteristics whose condition has no error and whose grade is on the scale.</summary>
        private static Standard BoundPart(Standard standard, GradeScale scale, IReadOnlyList<Diagnostic> errors)
        {
            var inFile = errors.Where(e => e.Span.Path == standard.Span.Path).ToList();
            var bound = standard.Characteristics
                .Where(c => scale.Find(c.GradeId) != null && !inFile.Any(e => Within(e.Span, c.Condition.Span)))
                .ToList();
            return new Standard(standard.Id, standard.Title, standard.Statement, standard.Domain, standard.Method, standard.KeyQuestions, bound, standard.Span);
        }

        private static bool Within(SourceSpan inner, SourceSpan outer) =>
            inner.Start >= outer.Start && inner.Start <= outer.Start + Math.Max(outer.Length, 0);
    }
}
