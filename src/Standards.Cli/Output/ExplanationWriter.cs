using System.IO;
using System.Linq;
using Standards.Cli.Report;
using Standards.Engine.Explanation;
using Standards.Engine.Facts;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Cli.Output
{
    /// <summary>Writes the trace behind a standard's rating: characteristics, evidence, outcomes, near misses and the changes to reach the next grade.</summary>
    internal static class ExplanationWriter
    {
        public static void Write(RatingReport report, PduEvidence evidence, string? standardId, TextWriter output)
        {
            output.WriteLine($"Explanation for {report.PduName} (rulebook {report.Rulebook.Id} {report.Rulebook.Version}, sha256 {report.ContentHash.Substring(0, 12)})");
            foreach (var s in report.Standards.Where(s => standardId is null || s.Standard.Id == standardId))
            {
                Write(s, evidence, report.Rulebook, output);
            }

            if (standardId is null)
            {
                output.WriteLine();
                output.WriteLine($"Overall: {report.Overall.Range} ({Report.PointsText.Describe(report.Overall.LowestPoints, report.Overall.HighestPoints)})");
            }
        }

        private static void Write(StandardRating s, PduEvidence evidence, RulebookManifest manifest, TextWriter output)
        {
            var scale = manifest.Scale;
            output.WriteLine();
            output.WriteLine($"{s.Standard.Id} {s.Standard.Title}: {s.Range}   [{SourceText.Of(s.Standard.Span)}]");
            if (s.Uncapped.High.Rank != s.Range.High.Rank || s.Uncapped.Low.Rank != s.Range.Low.Rank)
            {
                output.WriteLine($"  before caps: {s.Uncapped}");
            }

            var confidences = MeasureConfidence.Assess(s, evidence, manifest);
            var edges = manifest.CaseSampleBands.Select(b => b.AtLeast).ToList();
            foreach (var kq in s.KeyQuestions)
            {
                output.WriteLine($"  {kq.KeyQuestion.Id}: {kq.Range}" + (kq.KeyQuestion.Measure != null ? $"   measure `{kq.KeyQuestion.Measure}` = {(kq.Measure is double m ? FigureText.Percent(m, edges) : "missing")}" : string.Empty));
                if (confidences.FirstOrDefault(c => c.Judgement == kq) is MeasureConfidence confidence)
                {
                    output.WriteLine($"        {(confidence.IsBorderline ? "borderline: " : string.Empty)}{confidence.Sentence(manifest)}");
                }

                foreach (var c in kq.Supports.OrderBy(c => c.Grade.Rank))
                {
                    WriteCharacteristic(c, $"supports {c.Grade.Id}", output);
                }
            }

            foreach (var cap in s.Caps)
            {
                WriteCharacteristic(cap, $"caps at {cap.Grade.Id}", output);
            }

            if (MeasureConfidence.StandardRange(confidences, s) is { } range && range.Low.Rank != range.High.Rank)
            {
                output.WriteLine($"  borderline: within the 95% intervals the rating could be {range.Low.Label} to {range.High.Label}; the provisional rating stays the published arithmetic");
            }

            if (s.MissingEvidence.Count > 0)
            {
                output.WriteLine($"  missing evidence: {string.Join(", ", s.MissingEvidence)}");
            }

            var misses = NextGradeAdvisor.Advise(s, manifest);
            if (misses.Count > 0)
            {
                output.WriteLine($"  to reach {scale.Grades[s.Range.Low.Rank + 1].Label}:");
                foreach (var miss in misses)
                {
                    output.WriteLine($"    - {miss.Why}");
                    foreach (var change in miss.Changes) output.WriteLine($"        change: {change}");
                }
            }
        }

        private static void WriteCharacteristic(CharacteristicResult c, string role, TextWriter output)
        {
            var values = string.Join(", ", c.Readings.Select(r => $"{r.Path} = {r.Display}"));
            output.WriteLine($"    [{OutcomeText.Of(c.Outcome)}] {c.Characteristic.Id} ({role})   {c.Characteristic.Span.Path}:{c.Characteristic.Span.Line}");
            output.WriteLine($"        when {c.Characteristic.ConditionText}");
            if (values.Length > 0) output.WriteLine($"        evidence: {values}");
        }
    }
}
