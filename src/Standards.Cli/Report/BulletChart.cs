using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Standards.Rules.Facts;
using Standards.Rules.Model;
using static Standards.Cli.Report.GradePalette;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Draws one evidence figure against the thresholds the rules set on it, as an inline SVG bullet chart: the
    /// background shows which grade each stretch of values allows, ticks mark the thresholds, a dark bar shows the
    /// figure, and a red strip marks values where a cap applies.
    /// </summary>
    internal static class BulletChart
    {
        private const double Width = 360, Left = 6, Right = 354, BarTop = 6, BarHeight = 22;

        public static string Render(EvidenceField field, double? value, IReadOnlyList<Threshold> thresholds, GradeScale scale)
        {
            var supports = thresholds.Where(t => t.Characteristic.Role == CharacteristicRole.Supports).ToList();
            var caps = thresholds.Where(t => t.Characteristic.Role == CharacteristicRole.Caps).ToList();
            var (lo, hi) = Domain(field, value, thresholds);
            double X(double v) => Left + (Math.Min(Math.Max(v, lo), hi) - lo) / (hi - lo) * (Right - Left);
            var unit = field.Member.Unit;
            var svg = new StringBuilder();
            svg.Append($"<svg class=\"bullet\" viewBox=\"0 0 {N(Width)} 62\" width=\"{N(Width)}\" height=\"62\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Describe(field, value, supports, caps, scale))}\">");
            var cuts = thresholds.Select(t => t.Value).Concat(new[] { lo, hi }).Where(v => v >= lo && v <= hi).Distinct().OrderBy(v => v).ToList();
            for (int i = 0; i + 1 < cuts.Count; i++)
            {
                var mid = (cuts[i] + cuts[i + 1]) / 2;
                int rank = RankAllowed(mid, supports, scale);
                svg.Append($"<rect x=\"{N(X(cuts[i]))}\" y=\"{N(BarTop)}\" width=\"{N(X(cuts[i + 1]) - X(cuts[i]))}\" height=\"{N(BarHeight)}\" fill=\"{TintColour(rank, scale.Grades.Count)}\"><title>{WebUtility.HtmlEncode($"{UnitFormat.Format(cuts[i], unit)} to {UnitFormat.Format(cuts[i + 1], unit)}: up to {scale.Grades[rank].Label}")}</title></rect>");
                if (X(cuts[i + 1]) - X(cuts[i]) >= 24)
                {
                    svg.Append($"<text x=\"{N((X(cuts[i]) + X(cuts[i + 1])) / 2)}\" y=\"{N(BarTop + BarHeight - 2)}\" font-size=\"8\" text-anchor=\"middle\" fill=\"#333\">{WebUtility.HtmlEncode(Initials(scale.Grades[rank].Label))}</text>");
                }

                if (caps.Any(c => c.IsMetBy(mid)))
                {
                    svg.Append($"<rect x=\"{N(X(cuts[i]))}\" y=\"{N(BarTop + BarHeight)}\" width=\"{N(X(cuts[i + 1]) - X(cuts[i]))}\" height=\"4\" fill=\"#a4262c\"/>");
                }
            }

            double lastLabel = double.NegativeInfinity;
            int row = 0;
            foreach (var t in thresholds.GroupBy(t => t.Value).OrderBy(g => g.Key))
            {
                var x = X(t.Key);
                row = x - lastLabel < 34 ? 1 - row : 0;
                lastLabel = x;
                bool cap = t.All(c => c.Characteristic.Role == CharacteristicRole.Caps);
                svg.Append($"<line x1=\"{N(x)}\" y1=\"{N(BarTop - 3)}\" x2=\"{N(x)}\" y2=\"{N(BarTop + BarHeight + 5)}\" stroke=\"{(cap ? "#a4262c" : "#333")}\" stroke-width=\"1.5\"{(cap ? " stroke-dasharray=\"3 2\"" : string.Empty)}/>");
                svg.Append($"<text x=\"{N(x)}\" y=\"{N(BarTop + BarHeight + 16 + row * 11)}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#222\">{WebUtility.HtmlEncode(UnitFormat.Format(t.Key, unit == FactUnit.Days ? FactUnit.Number : unit))}</text>");
            }

            if (value is double v)
            {
                svg.Append($"<rect x=\"{N(Left)}\" y=\"{N(BarTop + BarHeight / 2 - 4)}\" width=\"{N(Math.Max(1.5, X(v) - Left))}\" height=\"8\" fill=\"#1b1b1b\"/>");
                svg.Append($"<rect x=\"{N(X(v) - 1.5)}\" y=\"{N(BarTop - 2)}\" width=\"3\" height=\"{N(BarHeight + 4)}\" fill=\"#1b1b1b\"/>");
            }
            else
            {
                svg.Append($"<text x=\"{N((Left + Right) / 2)}\" y=\"{N(BarTop + BarHeight / 2 + 4)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1b1b1b\">missing</text>");
            }

            svg.Append("</svg>");
            return svg.ToString();
        }

        /// <summary>The highest grade the figure allows on this field alone: every support threshold up to it is met.</summary>
        public static int RankAllowed(double figure, IReadOnlyList<Threshold> supports, GradeScale scale)
        {
            int reached = 0;
            for (int rank = 1; rank < scale.Grades.Count; rank++)
            {
                if (!supports.Where(t => t.Grade.Rank == rank).All(t => t.IsMetBy(figure))) break;
                reached = rank;
            }

            return reached;
        }

        /// <summary>A sentence for screen readers: the figure and what each grade needs of it.</summary>
        public static string Describe(EvidenceField field, double? value, IReadOnlyList<Threshold> supports, IReadOnlyList<Threshold> caps, GradeScale scale)
        {
            var unit = field.Member.Unit;
            var parts = new List<string> { $"{field.Label}: {UnitFormat.Format(value, unit, "missing")}" };
            foreach (var t in supports.OrderBy(t => t.Grade.Rank))
            {
                parts.Add($"{t.Grade.Label} needs {t.Words} {UnitFormat.Format(t.Value, unit)}");
            }

            foreach (var t in caps) parts.Add($"capped at {t.Grade.Label} when {t.Words} {UnitFormat.Format(t.Value, unit)}");
            return string.Join("; ", parts);
        }

        private static (double Lo, double Hi) Domain(EvidenceField field, double? value, IReadOnlyList<Threshold> thresholds)
        {
            var member = field.Member;
            double top = thresholds.Select(t => t.Value).Concat(value is double v ? new[] { v } : Array.Empty<double>()).DefaultIfEmpty(1).Max();
            double lo = Math.Min(0, member.Min ?? 0);
            double hi = member.Unit == FactUnit.Percent && top <= 100 ? 100 : Nice(top * 1.25);
            if (member.Max is double max) hi = Math.Min(hi, max);
            return (lo, Math.Max(hi, lo + 1));
        }

        private static double Nice(double value)
        {
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1e-9))));
            foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            {
                if (step * magnitude >= value) return step * magnitude;
            }

            return 10 * magnitude;
        }
    }
}
