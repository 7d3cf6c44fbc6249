using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
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
    internal static class ConsistencyChecker
    {
        /// <summary>
        /// Checks the bound <paramref name="standards"/> against the rating <paramref name="scale"/>; nothing is checked
        /// without a scale. Fields' valid ranges and values come from the bound members; <paramref name="evidence"/>
        /// names the evidence fields for the derived-fact graph. A standard whose file already has an error in
        /// <paramref name="diagnostics"/> is checked on the characteristics that did bind (and whose conditions hold no
        /// other error) with the checks that compare characteristics one or two at a time (STD2001–STD2004, STD2007);
        /// the checks that need all of its characteristics (STD2004's unreachable grades, STD2005, STD2006, STD2008)
        /// wait until it is clean.
        /// </summary>
        public static void Check(IReadOnlyList<BoundStandard> standards, GradeScale? scale, FactType evidence, DiagnosticBag diagnostics)
        {
            if (scale is null || scale.Grades.Count == 0) return;
            var errors = diagnostics.ToSortedList().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var broken = new HashSet<string>(errors.Select(d => d.Span.Path));
            var clean = standards.Where(s => !broken.Contains(s.Standard.Span.Path)).ToList();
            var normaliser = new ConditionNormaliser();
            foreach (var standard in standards)
            {
                bool whole = !broken.Contains(standard.Standard.Span.Path);
                var context = StandardContext.Create(whole ? standard : ErrorFreePart(standard, errors), scale, normaliser, diagnostics);
                ConditionCheck.Run(context);
                LadderCheck.Run(context);
                OverlapCheck.Run(context);
                if (!whole) continue;
                RedundancyCheck.Run(context);
                CapCheck.Run(context);
                GapCheck.Run(context);
            }

            CycleCheck.Run(DerivedFactGraphBuilder.Build(clean.Select(s => s.Standard).ToList(), evidence), diagnostics);
        }

        /// <summary>The standard with only the bound characteristics whose condition holds no error.</summary>
        private static BoundStandard ErrorFreePart(BoundStandard standard, IReadOnlyList<Diagnostic> errors)
        {
            var inFile = errors.Where(e => e.Span.Path == standard.Standard.Span.Path).ToList();
            var part = standard.Characteristics
                .Where(c => !inFile.Any(e => Within(e.Span, c.Characteristic.Condition.Span)))
                .ToList();
            return new BoundStandard(standard.Standard, standard.KeyQuestions, part, isComplete: false);
        }

        private static bool Within(SourceSpan inner, SourceSpan outer) =>
            inner.Start >= outer.Start && inner.Start <= outer.Start + Math.Max(outer.Length, 0);
    }
}
