using System.Net;
using System.Text;
using Standards.Engine.Rating;
using Standards.Rules.Model;
using static Standards.Cli.Report.GradePalette;

namespace Standards.Cli.Report
{
    /// <summary>Draws a rating or range across the four grades as a small SVG strip; each cell carries the grade's initials.</summary>
    internal static class GradeBand
    {
        private const double Cell = 44, Height = 20;

        public static string Render(GradeRange range, GradeScale scale)
        {
            var svg = new StringBuilder();
            int count = scale.Grades.Count;
            svg.Append($"<svg class=\"gradeband\" viewBox=\"0 0 {N(Cell * count)} {N(Height)}\" width=\"{N(Cell * count)}\" height=\"{N(Height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode("Possible grades: " + range)}\">");
            foreach (var grade in scale.Grades)
            {
                bool inRange = grade.Rank >= range.Low.Rank && grade.Rank <= range.High.Rank;
                var x = grade.Rank * Cell;
                svg.Append($"<rect x=\"{N(x + 1)}\" y=\"1\" width=\"{N(Cell - 2)}\" height=\"{N(Height - 2)}\" rx=\"3\" fill=\"{(inRange ? StrongColour(grade.Rank, count) : "#ececec")}\" stroke=\"{(inRange ? "#1b1b1b" : "#bbb")}\" stroke-width=\"{(inRange ? 1.5 : 1)}\"><title>{WebUtility.HtmlEncode(grade.Label + (inRange ? ": possible" : ": ruled out"))}</title></rect>");
                svg.Append($"<text x=\"{N(x + Cell / 2)}\" y=\"{N(Height / 2 + 4)}\" font-size=\"11\" font-weight=\"{(inRange ? "700" : "400")}\" text-anchor=\"middle\" fill=\"{(inRange ? "#fff" : "#444")}\">{WebUtility.HtmlEncode(Initials(grade.Label))}</text>");
            }

            svg.Append("</svg>");
            return svg.ToString();
        }
    }
}
