using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Standards.Engine.Rating;
using Standards.Rules.Model;
using static Standards.Cli.Report.GradePalette;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Draws a domain-two standard's key question percentages against the case-sample bands (50/65/80 in the reference
    /// rulebook) as one inline SVG, with each 95% interval as a whisker when the sample size is known.
    /// </summary>
    internal static class CaseSampleChart
    {
        private const double Left = 64, Right = 450, RowHeight = 26, Top = 4;

        public static string Render(StandardRating rating, IReadOnlyList<MeasureConfidence> confidences, RulebookManifest manifest)
        {
            var scale = manifest.Scale;
            var edges = manifest.CaseSampleBands.OrderBy(b => b.AtLeast).ToList();
            double X(double percent) => Left + System.Math.Min(System.Math.Max(percent, 0), 100) / 100 * (Right - Left);
            int rows = rating.KeyQuestions.Count;
            double height = Top + rows * RowHeight + 18;
            var label = string.Join("; ", rating.KeyQuestions.Select(k => $"{k.KeyQuestion.Id} {(k.Measure is double m ? FigureText.Percent(m, edges.Select(e => e.AtLeast)) : "missing")}"));
            var bands = string.Join(", ", edges.Where(e => e.AtLeast > 0).Select(e => $"{scale[e.GradeId].Label} from {e.AtLeast:0.##}%"));
            var svg = new StringBuilder();
            svg.Append($"<svg class=\"bands\" viewBox=\"0 0 460 {N(height)}\" width=\"460\" height=\"{N(height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode($"Key question percentages: {label}. Bands: {bands}.")}\">");
            for (int i = 0; i < edges.Count; i++)
            {
                double from = edges[i].AtLeast, to = i + 1 < edges.Count ? edges[i + 1].AtLeast : 100;
                var grade = scale[edges[i].GradeId];
                svg.Append($"<rect x=\"{N(X(from))}\" y=\"{N(Top)}\" width=\"{N(X(to) - X(from))}\" height=\"{N(rows * RowHeight)}\" fill=\"{TintColour(grade.Rank, scale.Grades.Count)}\"><title>{WebUtility.HtmlEncode($"{grade.Label}: {from:0.##}% to {to:0.##}%")}</title></rect>");
                svg.Append($"<text x=\"{N((X(from) + X(to)) / 2)}\" y=\"{N(Top + rows * RowHeight + 14)}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#222\">{WebUtility.HtmlEncode(Initials(grade.Label))} {from:0.##}%+</text>");
            }

            for (int row = 0; row < rows; row++)
            {
                var kq = rating.KeyQuestions[row];
                double y = Top + row * RowHeight + RowHeight / 2;
                svg.Append($"<text x=\"2\" y=\"{N(y + 4)}\" font-size=\"11\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(kq.KeyQuestion.Id)}</text>");
                if (confidences.FirstOrDefault(c => c.Judgement == kq) is MeasureConfidence confidence)
                {
                    double a = X(confidence.Interval.Low), b = X(confidence.Interval.High);
                    svg.Append($"<line x1=\"{N(a)}\" y1=\"{N(y)}\" x2=\"{N(b)}\" y2=\"{N(y)}\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>");
                    svg.Append($"<line x1=\"{N(a)}\" y1=\"{N(y - 5)}\" x2=\"{N(a)}\" y2=\"{N(y + 5)}\" stroke=\"#1b1b1b\"/><line x1=\"{N(b)}\" y1=\"{N(y - 5)}\" x2=\"{N(b)}\" y2=\"{N(y + 5)}\" stroke=\"#1b1b1b\"/>");
                }

                if (kq.Measure is double m)
                {
                    svg.Append($"<circle cx=\"{N(X(m))}\" cy=\"{N(y)}\" r=\"5\" fill=\"#1b1b1b\"/>");
                }
                else
                {
                    svg.Append($"<text x=\"{N((Left + Right) / 2)}\" y=\"{N(y + 4)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1b1b1b\">missing</text>");
                }
            }

            foreach (var edge in edges.Where(e => e.AtLeast > 0))
            {
                svg.Append($"<line x1=\"{N(X(edge.AtLeast))}\" y1=\"{N(Top)}\" x2=\"{N(X(edge.AtLeast))}\" y2=\"{N(Top + rows * RowHeight)}\" stroke=\"#555\" stroke-width=\"1\"/>");
            }

            svg.Append("</svg>");
            return svg.ToString();
        }
    }
}
