using System.IO;
using System.Net;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>Writes the ratings at a glance: one card per standard and one for the overall rating.</summary>
    internal static class DashboardWriter
    {
        public static void Write(RatingReport report, System.Func<StandardRating, bool> borderline, TextWriter output)
        {
            var scale = report.Rulebook.Scale;
            output.WriteLine("<section class=\"dashboard\" aria-labelledby=\"dashboard-heading\"><h2 id=\"dashboard-heading\">Ratings at a glance</h2><ul class=\"cards\">");
            foreach (var s in report.Standards)
            {
                var id = E(s.Standard.Id);
                output.Write($"<li class=\"card\" data-standard=\"{id}\" data-rating=\"{E(s.Range.ToIdText())}\" style=\"border-left-color:{GradePalette.StrongColour(s.Range.Low.Rank, scale.Grades.Count)}\">");
                output.Write($"<a href=\"#{id}\" class=\"card-link\"><span class=\"card-id\">{id}</span> <span class=\"card-title\">{E(s.Standard.Title)}</span></a>");
                output.Write($"<span class=\"card-rating\">{Words(s.Range, scale)}</span>");
                output.Write(GradeBand.Render(s.Range, scale));
                output.Write($"<span class=\"card-points\">{PointsText.Describe(s.Range.Low.Points, s.Range.High.Points)}</span>");
                if (!s.Range.IsExact) output.Write($"<span class=\"card-note\">range: {s.MissingEvidence.Count} missing item{(s.MissingEvidence.Count == 1 ? string.Empty : "s")}</span>");
                if (borderline(s)) output.Write("<span class=\"card-note borderline\">borderline</span>");
                output.WriteLine("</li>");
            }

            var overall = report.Overall;
            output.Write($"<li class=\"card overall\" data-rating=\"{E(overall.Range.ToIdText())}\" style=\"border-left-color:{GradePalette.StrongColour(overall.Range.Low.Rank, scale.Grades.Count)}\">");
            output.Write("<span class=\"card-id\">Overall rating</span>");
            output.Write($"<span class=\"card-rating\" id=\"overall\">{Words(overall.Range, scale)}</span>");
            output.Write(GradeBand.Render(overall.Range, scale));
            output.Write($"<span class=\"card-points\" id=\"overall-points\">{PointsText.Describe(overall.LowestPoints, overall.HighestPoints)}</span>");
            output.WriteLine("</li></ul></section>");
        }

        /// <summary>The rating in words, coloured by its lowest grade.</summary>
        public static string Words(GradeRange range, GradeScale scale) =>
            $"<span class=\"grade\" style=\"color:{GradePalette.StrongColour(range.Low.Rank, scale.Grades.Count)}\">{E(range.ToString())}</span>";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
