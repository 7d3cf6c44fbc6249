using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// STD2010: the overall bands must cover exactly 0 to the most points the standards present can score, so a
    /// rulebook with a standard file missing fails instead of rating on the wrong scale.
    /// </summary>
    internal static class OverallBandCoverage
    {
        public static void Check(RulebookManifest manifest, IReadOnlyList<Standard> standards, DiagnosticBag diagnostics)
        {
            var bands = manifest.OverallBands;
            if (bands.Count == 0) return;
            int perStandard = manifest.Scale.Highest.Points;
            int maximum = standards.Count * perStandard;
            var lowest = bands.OrderBy(b => b.From).First();
            var highest = bands.OrderBy(b => b.To).Last();
            if (lowest.From == 0 && highest.To == maximum) return;
            var at = highest.To != maximum ? highest : lowest;
            var present = standards.Count == 0
                ? "no standards, so its totals are all 0"
                : $"{standards.Count} standard{(standards.Count == 1 ? "" : "s")} ({string.Join(", ", standards.Select(s => s.Id).OrderBy(i => i, System.StringComparer.Ordinal))}) worth 0 to {maximum} points ({perStandard} each)";
            diagnostics.Report(DiagnosticCatalog.OverallBandsMismatch, at.Span,
                $"the overall bands cover {lowest.From} to {highest.To} points, but the rulebook has {present}; restore the missing standard file, or change the bands to cover exactly 0 to the maximum");
        }
    }
}
