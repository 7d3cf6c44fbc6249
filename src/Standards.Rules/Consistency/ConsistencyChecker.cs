using System.Collections.Generic;
using System.Linq;
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
    public static class ConsistencyChecker
    {
        /// <summary>
        /// Checks <paramref name="standards"/> against the rating <paramref name="scale"/>. Standards whose file
        /// already has an error in <paramref name="diagnostics"/> are skipped (their conditions may not have
        /// bound), and nothing is checked without a scale. <paramref name="evidence"/> supplies fields' valid
        /// ranges and values.
        /// </summary>
        public static void Check(IReadOnlyList<Standard> standards, GradeScale? scale, FactType evidence, DiagnosticBag diagnostics)
        {
            if (scale is null || scale.Grades.Count == 0) return;
            var broken = new HashSet<string>(diagnostics.ToSortedList()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Span.Path));
            var clean = standards.Where(s => !broken.Contains(s.Span.Path)).ToList();
            var normaliser = new ConditionNormaliser(evidence);
            foreach (var standard in clean)
            {
                var context = StandardContext.Create(standard, scale, normaliser, diagnostics);
                if (context is null) continue;
                ConditionCheck.Run(context);
                LadderCheck.Run(context);
                RedundancyCheck.Run(context);
                CapCheck.Run(context);
                GapCheck.Run(context);
                OverlapCheck.Run(context);
            }

            CycleCheck.Run(DerivedFactGraphBuilder.Build(clean, evidence), diagnostics);
        }
    }
}
