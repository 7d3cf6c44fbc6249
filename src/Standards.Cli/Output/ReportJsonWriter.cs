using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Standards.Engine.Presentation;
using Standards.Cli.Report;
using Standards.Engine.Facts;
using Standards.Engine.Rating;

namespace Standards.Cli.Output
{
    /// <summary>Writes a rating report as JSON, with full provenance. The same report always gives the same bytes.</summary>
    internal static class ReportJsonWriter
    {
        public static void Write(RatingReport report, PduEvidence evidence, TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteStartObject("rulebook");
                json.WriteString("id", report.Rulebook.Id);
                json.WriteString("version", report.Rulebook.Version);
                json.WriteString("effective", report.Rulebook.Effective);
                json.WriteString("content_hash", report.ContentHash);
                json.WriteEndObject();
                json.WriteString("pdu", report.PduName);
                json.WriteStartObject("overall");
                WriteRange(json, report.Overall.Range);
                json.WriteNumber("lowest_points", report.Overall.LowestPoints);
                json.WriteNumber("highest_points", report.Overall.HighestPoints);
                json.WriteEndObject();
                json.WriteStartArray("standards");
                foreach (var standard in report.Standards) WriteStandard(json, standard, MeasureConfidence.Assess(standard, evidence, report.Rulebook), report.Rulebook);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteStandard(Utf8JsonWriter json, StandardRating rating, System.Collections.Generic.IReadOnlyList<MeasureConfidence> confidences, Rules.Model.RulebookManifest manifest)
        {
            json.WriteStartObject();
            json.WriteString("id", rating.Standard.Id);
            json.WriteString("title", rating.Standard.Title);
            WriteRange(json, rating.Range);
            json.WriteString("uncapped", rating.Uncapped.ToIdText());
            json.WriteString("source", SourceText.Of(rating.Standard.Span));
            json.WriteStartArray("key_questions");
            foreach (var kq in rating.KeyQuestions)
            {
                json.WriteStartObject();
                json.WriteString("id", kq.KeyQuestion.Id);
                WriteRange(json, kq.Range);
                json.WriteString("source", SourceText.Of(kq.KeyQuestion.Span));
                if (kq.KeyQuestion.Measure != null)
                {
                    json.WriteString("measure", kq.KeyQuestion.Measure.ToString());
                    if (kq.Measure is double m) json.WriteNumber("measure_value", m);
                    else json.WriteNull("measure_value");
                    if (confidences.FirstOrDefault(c => c.Judgement == kq) is MeasureConfidence confidence) WriteConfidence(json, confidence, manifest);
                }

                json.WriteStartArray("characteristics");
                foreach (var c in kq.Supports) WriteCharacteristic(json, c);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (MeasureConfidence.StandardRange(confidences, rating) is { } range)
            {
                var (low, high) = range;
                json.WriteBoolean("borderline", low.Rank != high.Rank);
                json.WriteString("plausible", low.Rank == high.Rank ? low.Id : $"{low.Id} to {high.Id}");
            }

            json.WriteStartArray("caps");
            foreach (var c in rating.Caps) WriteCharacteristic(json, c);
            json.WriteEndArray();
            json.WriteStartArray("missing_evidence");
            foreach (var path in rating.MissingEvidence) json.WriteStringValue(path);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>The 95% Wilson interval of a domain-two percentage: extra information, never a different rating.</summary>
        private static void WriteConfidence(Utf8JsonWriter json, MeasureConfidence confidence, Rules.Model.RulebookManifest manifest)
        {
            json.WriteNumber("sample_size", confidence.SampleSize);
            json.WriteString("sample_size_source", confidence.SampleSizePath);
            json.WriteStartObject("interval_95");
            json.WriteNumber("low", System.Math.Round(confidence.Interval.Low, 1));
            json.WriteNumber("high", System.Math.Round(confidence.Interval.High, 1));
            json.WriteEndObject();
            json.WriteString("plausible", confidence.IsBorderline ? $"{confidence.LowestPlausible.Id} to {confidence.HighestPlausible.Id}" : confidence.LowestPlausible.Id);
            json.WriteBoolean("borderline", confidence.IsBorderline);
            json.WriteString("confidence", confidence.Sentence(manifest));
        }

        private static void WriteCharacteristic(Utf8JsonWriter json, CharacteristicResult result)
        {
            var c = result.Characteristic;
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("source", SourceText.Of(c.Span));
            json.WriteString(c.Role == Rules.Model.CharacteristicRole.Supports ? "supports" : "caps", result.Grade.Id);
            json.WriteString("condition", c.ConditionText);
            json.WriteString("outcome", result.Outcome is null ? "unknown" : result.Outcome.Value ? "held" : "not_held");
            json.WriteString("reason", c.Reason);
            json.WriteStartObject("evidence");
            foreach (var reading in result.Readings.OrderBy(r => r.Path, System.StringComparer.Ordinal)) json.WriteString(reading.Path, reading.Display);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteRange(Utf8JsonWriter json, GradeRange range)
        {
            json.WriteString("rating", range.ToString());
            json.WriteString("lowest", range.Low.Id);
            json.WriteString("highest", range.High.Id);
        }
    }
}
