using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Model;

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
        /// Checks the bound <paramref name="standards"/> against the rating <paramref name="scale"/>. Standards whose
        /// file already has an error in <paramref name="diagnostics"/> are skipped (parts of them may not have
        /// bound), and nothing is checked without a scale. <paramref name="evidence"/> names the evidence fields
        /// for the derived-fact graph; fields' valid ranges and values come from the bound members.
        /// </summary>
        public static void Check(IReadOnlyList<BoundStandard> standards, GradeScale? scale, FactType evidence, DiagnosticBag diagnostics)
        {
            if (scale is null || scale.Grades.Count == 0) return;
            var broken = new HashSet<string>(diagnostics.ToSortedList()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Span.Path));
            var clean = standards.Where(s => !broken.Contains(s.Standard.Span.Path)).ToList();
            var normaliser = new ConditionNormaliser();
            foreach (var standard in clean)
            {
                var context = StandardContext.Create(standard, scale, normaliser, diagnostics);
                ConditionCheck.Run(context);
                LadderCheck.Run(context);
                RedundancyCheck.Run(context);
                CapCheck.Run(context);
                GapCheck.Run(context);
                OverlapCheck.Run(context);
            }

            CycleCheck.Run(DerivedFactGraphBuilder.Build(clean.Select(s => s.Standard).ToList(), evidence), diagnostics);
        }
    }
}
