using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Examples;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Cli.Output
{
    /// <summary>
    /// Writes why one example case failed: for each standard that differs, expected against got in grade labels,
    /// then the characteristics that decided it with their conditions and evidence. Nothing about the standards
    /// that matched.
    /// </summary>
    internal static class ExampleFailureWriter
    {
        public static IReadOnlyList<string> Lines(ExampleOutcome outcome, GradeScale scale)
        {
            var lines = new List<string>();
            if (outcome.Report is null)
            {
                lines.AddRange(outcome.Failures);
                return lines;
            }

            foreach (var (expected, actual) in outcome.Mismatches)
            {
                var low = scale[expected.LowestGradeId];
                var high = scale[expected.HighestGradeId];
                var wanted = new GradeRange(low, high);
                if (expected.Target == ExpectedRating.OverallTarget)
                {
                    var overall = outcome.Report.Overall;
                    lines.Add($"overall: expected {wanted}, got {actual} ({Points(overall)}; standards: {string.Join(", ", outcome.Report.Standards.Select(s => $"{s.Standard.Id} {s.Range}"))})   [{Where(expected.Span)}]");
                    continue;
                }

                var rating = outcome.Report.Standards.First(s => s.Standard.Id == expected.Target);
                lines.Add($"{rating.Standard.Id} {rating.Standard.Title}: expected {wanted}, got {actual}   [{Where(expected.Span)}]");
                var deciding = DecidingCharacteristics.For(rating, low, high, scale);
                foreach (var result in deciding)
                {
                    var role = result.Characteristic.Role == CharacteristicRole.Caps ? "caps at" : "supports";
                    lines.Add($"  {result.Characteristic.Id} ({role} {result.Grade.Label}) {result.OutcomeText}: `{result.Characteristic.ConditionText}`   [{Where(result.Characteristic.Span)}]");
                    var readings = string.Join(", ", result.Readings.Select(r => $"{r.Path} = {r.Display}"));
                    if (readings.Length > 0) lines.Add($"    evidence: {readings}");
                }

                foreach (var kq in rating.KeyQuestions.Where(k => k.KeyQuestion.Measure != null && k.Range.Low.Rank == rating.Uncapped.Low.Rank))
                {
                    lines.Add($"  {kq.KeyQuestion.Id}: {kq.Range}, measure `{kq.KeyQuestion.Measure}` = {(kq.Measure is double m ? m.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "missing")}");
                }

                if (!actual.IsExact && rating.MissingEvidence.Count > 0) lines.Add($"  missing evidence: {string.Join(", ", rating.MissingEvidence)}");
            }

            lines.AddRange(outcome.Failures.Where(f => f.EndsWith(": no such standard", System.StringComparison.Ordinal)));
            return lines;
        }

        private static string Points(OverallRating overall) =>
            overall.LowestPoints == overall.HighestPoints ? $"{overall.LowestPoints} points" : $"{overall.LowestPoints} to {overall.HighestPoints} points";

        private static string Where(Standards.Rules.Text.SourceSpan span) => $"{span.Path}:{span.Line}";
    }
}
