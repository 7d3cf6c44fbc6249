using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2008: a cycle in the rating chain (a rating that, through the rules, depends on itself). Conditions
    /// can only read evidence, so a rulebook that binds cannot contain one; the check guards the property for
    /// future language features. Reported at the first read in the cycle (a path in a condition or measure),
    /// or else its first written dependency, with the other positions as additional spans.
    /// </summary>
    internal static class CycleCheck
    {
        public static void Run(DerivedFactGraph graph, DiagnosticBag diagnostics)
        {
            var cycle = graph.FindCycle();
            if (cycle is null) return;
            var primary = cycle.FirstOrDefault(e => e.IsRead) ?? cycle[0];
            var chain = string.Join(" -> ", cycle.Select(e => e.From).Concat(new[] { cycle[cycle.Count - 1].To }));
            diagnostics.Report(DiagnosticCatalog.DerivedFactCycle, primary.Span,
                $"{primary.From} reads {primary.To}, which is itself derived from {primary.From} ({chain}); conditions may only read evidence",
                cycle.Where(e => e != primary && e.Span.Line > 0).Select(e => e.Span).ToArray());
        }
    }
}
