using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Writes one standard in plain English: each key question's rung and what blocked the next, binding caps, missing
    /// evidence, the smallest change to the next grade, and the evidence drawn against its thresholds. The rules'
    /// expressions and YAML positions sit in disclosures.
    /// </summary>
    internal static class StandardSectionWriter
    {
        public static void Write(StandardRating s, IReadOnlyList<MeasureConfidence> confidences, PduEvidence evidence, RulebookManifest manifest, TextWriter output)
        {
            var scale = manifest.Scale;
            var id = E(s.Standard.Id);
            output.WriteLine($"<section class=\"standard\" id=\"{id}\" aria-labelledby=\"{id}-heading\"><h2 id=\"{id}-heading\">{id} {E(s.Standard.Title)}: {DashboardWriter.Words(s.Range, scale)}</h2>");
            output.WriteLine($"<p class=\"statement\">{E(s.Standard.Statement)}</p>");
            output.WriteLine("<h3>Key questions</h3><ul class=\"ladders\">");
            foreach (var kq in s.KeyQuestions) WriteKeyQuestion(kq, confidences.FirstOrDefault(c => c.Judgement == kq), manifest, output);
            output.WriteLine("</ul>");
            WriteBorderline(s, confidences, output);
            WriteCaps(s, scale, output);
            WriteMissing(s, output);
            WriteNextGrade(s, evidence, manifest, output);
            WriteCharts(s, confidences, evidence, manifest, output);
            output.WriteLine("</section>");
        }

        private static void WriteKeyQuestion(KeyQuestionJudgement kq, MeasureConfidence? confidence, RulebookManifest manifest, TextWriter output)
        {
            var scale = manifest.Scale;
            output.WriteLine($"<li><p><strong>{E(kq.KeyQuestion.Id)}</strong> {E(kq.KeyQuestion.Question)}</p>");
            var reached = kq.Range.IsExact ? $"Reached <strong>{E(kq.Range.Low.Label)}</strong>." : $"Reached at least <strong>{E(kq.Range.Low.Label)}</strong>; up to <strong>{E(kq.Range.High.Label)}</strong> depending on missing evidence.";
            if (kq.KeyQuestion.Measure != null)
            {
                var figure = kq.Measure is double m ? FigureText.Percent(m, manifest.CaseSampleBands.Select(b => b.AtLeast)) + " of cases sufficient." : "The percentage is missing.";
                output.WriteLine($"<p>{reached} {(confidence is null ? E(figure) : "<span class=\"interval\">" + E(confidence.Sentence(manifest)) + "</span>")}</p>");
            }
            else
            {
                output.WriteLine($"<p>{reached}</p>");
                int next = kq.Range.Low.Rank + 1;
                var blockers = kq.Supports.Where(c => c.Outcome != true && c.Grade.Rank <= next).ToList();
                if (next < scale.Grades.Count && blockers.Count > 0)
                {
                    output.WriteLine($"<p>{E(scale.Grades[next].Label)} was not reached:</p><ul class=\"blockers\">");
                    foreach (var b in blockers) output.WriteLine($"<li>{Mark(b.Outcome)} {E(b.Characteristic.Reason)} <span class=\"now\">{E(Now(b))}</span></li>");
                    output.WriteLine("</ul>");
                }

                WriteRules(kq.KeyQuestion.Id, kq.Supports, scale, output);
            }

            output.WriteLine("</li>");
        }

        private static void WriteBorderline(StandardRating s, IReadOnlyList<MeasureConfidence> confidences, TextWriter output)
        {
            if (MeasureConfidence.StandardRange(confidences, s) is not { } range || range.Low.Rank == range.High.Rank) return;
            var (low, high) = range;
            output.WriteLine($"<p class=\"borderline\"><strong>Borderline.</strong> Within the 95% intervals of its key questions the rating could be anywhere from {E(low.Label)} to {E(high.Label)}. The provisional rating stays the published arithmetic.</p>");
        }

        private static void WriteCaps(StandardRating s, GradeScale scale, TextWriter output)
        {
            var caps = s.Caps.Where(c => c.Outcome != false).ToList();
            if (caps.Count == 0) return;
            output.WriteLine("<h3>Caps</h3><ul class=\"caps\">");
            foreach (var cap in caps)
            {
                var grade = cap.Grade.Label;
                var binds = cap.Outcome == true && s.Uncapped.High.Rank > cap.Grade.Rank;
                var verb = cap.Outcome == true ? (binds ? "Capped at" : "A cap at") : "May be capped at";
                var tail = cap.Outcome == true ? (binds ? string.Empty : " (it does not lower the rating)") : " (the evidence is missing)";
                output.WriteLine($"<li>{Mark(cap.Outcome)} <strong>{verb} {E(grade)}</strong>{E(tail)}: {E(cap.Characteristic.Reason)} <span class=\"now\">{E(Now(cap))}</span></li>");
            }

            output.WriteLine("</ul>");
            WriteRules(s.Standard.Id + "-caps", s.Caps, scale, output);
        }

        private static void WriteMissing(StandardRating s, TextWriter output)
        {
            if (s.MissingEvidence.Count == 0) return;
            output.WriteLine("<h3>Missing evidence</h3><ul class=\"checklist\">");
            foreach (var path in s.MissingEvidence)
            {
                output.WriteLine($"<li><span aria-hidden=\"true\">☐</span> {E(FieldCatalog.Instance.Label(path))} <code>{E(path)}</code></li>");
            }

            output.WriteLine("</ul>");
        }

        private static void WriteNextGrade(StandardRating s, PduEvidence evidence, RulebookManifest manifest, TextWriter output)
        {
            var scale = manifest.Scale;
            int next = s.Range.Low.Rank + 1;
            if (next >= scale.Grades.Count) return;
            var changes = new List<string>();
            if (s.Standard.Method == RatingMethod.LowestKeyQuestion)
            {
                var band = manifest.CaseSampleBands.Where(b => scale[b.GradeId].Rank >= next).OrderBy(b => b.AtLeast).FirstOrDefault();
                foreach (var kq in s.KeyQuestions.Where(k => band != null && (k.Measure is null || k.Measure < band.AtLeast)))
                {
                    var now = kq.Measure is double m ? FigureText.Percent(m, new[] { band!.AtLeast }) : "missing";
                    changes.Add($"Raise {kq.KeyQuestion.Id} (cases sufficient) from {now} to at least {band!.AtLeast:0.##}%.");
                }
            }
            else
            {
                foreach (var support in s.KeyQuestions.Where(k => k.Range.Low.Rank < next).SelectMany(k => k.Supports)
                    .Where(c => c.Outcome != true && c.Grade.Rank <= next))
                {
                    changes.AddRange(Changes(support, evidence, wanted: true));
                }

                foreach (var cap in s.Caps.Where(c => c.Outcome != false && c.Grade.Rank < next))
                {
                    changes.AddRange(Changes(cap, evidence, wanted: false));
                }
            }

            if (changes.Count == 0) return;
            output.WriteLine($"<h3>To reach {E(scale.Grades[next].Label)}</h3><ul class=\"changes\">");
            foreach (var change in changes.Distinct()) output.WriteLine($"<li>{E(change)}</li>");
            output.WriteLine("</ul>");
        }

        /// <summary>The changes in plain words; where the condition is arithmetic the words cannot name, the rule's reason instead.</summary>
        private static IEnumerable<string> Changes(CharacteristicResult result, PduEvidence evidence, bool wanted)
        {
            var changes = result.Outcome is null ? null : ChangeFinder.Suggest(result.Characteristic.Condition, evidence, wanted);
            if (changes != null && changes.Count > 0) return changes.Select(PlainWords.Sentence);
            var lead = result.Outcome is null ? "Supply the missing evidence, then:" : wanted ? "Make this true:" : "It must stop being true that";
            return new[] { $"{lead} {PlainWords.LowerFirst(result.Characteristic.Reason.TrimEnd('.'))} ({Now(result)})" };
        }


        private static void WriteCharts(StandardRating s, IReadOnlyList<MeasureConfidence> confidences, PduEvidence evidence, RulebookManifest manifest, TextWriter output)
        {
            if (s.Standard.Method == RatingMethod.LowestKeyQuestion)
            {
                output.WriteLine("<h3>Key question percentages against the bands</h3><figure class=\"chart\">");
                output.WriteLine(CaseSampleChart.Render(s, confidences, manifest));
                output.WriteLine("<figcaption>Dots are the percentages of sampled cases judged sufficient; whiskers, where shown, are 95% intervals.</figcaption></figure>");
                return;
            }

            var groups = ThresholdFinder.Find(s.Standard, manifest.Scale).GroupBy(t => t.Path)
                .Select(g => (Field: FieldCatalog.Instance.Find(g.Key), Thresholds: g.ToList()))
                .Where(g => g.Field != null && g.Field.Member.Kind == FactKind.Number)
                .ToList();
            if (groups.Count == 0) return;
            output.WriteLine("<h3>Evidence against the thresholds</h3><div class=\"charts\">");
            foreach (var (field, thresholds) in groups)
            {
                var value = EvidencePathReader.Read(evidence, field!.Path) as double?;
                var figure = value is double v ? FigureText.Number(v, thresholds.Select(t => t.Value)) : null;
                var shown = figure is null ? "missing" : UnitFormat.Format(double.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), field.Member.Unit);
                output.WriteLine($"<figure class=\"chart\" data-path=\"{E(field.Path)}\"><figcaption>{E(field.Label)}: <strong>{E(shown)}</strong></figcaption>{BulletChart.Render(field, value, thresholds, manifest.Scale)}</figure>");
            }

            output.WriteLine("</div><p class=\"legend\">Background: the highest grade each stretch of values allows on this figure alone (I, RI, G, O from the lowest). Ticks: the thresholds in the rules. Dark bar: the figure. Red strip and dashed tick: a cap applies.</p>");
        }

        private static void WriteRules(string key, IReadOnlyList<CharacteristicResult> results, GradeScale scale, TextWriter output)
        {
            if (results.Count == 0) return;
            output.WriteLine($"<details class=\"rules\"><summary>The rules behind {E(key.Replace("-caps", " caps"))}</summary><table><thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Grade</th><th scope=\"col\">Rule</th><th scope=\"col\">Where</th></tr></thead><tbody>");
            foreach (var r in results.OrderBy(r => r.Grade.Rank))
            {
                var c = r.Characteristic;
                var role = c.Role == CharacteristicRole.Caps ? "caps at " : "supports ";
                var values = string.Join(", ", r.Readings.Select(x => $"{x.Path} = {x.Display}"));
                output.WriteLine($"<tr><td>{E(r.OutcomeText)}</td><td>{E(role + scale[c.GradeId].Label)}</td><td><code>{E(c.ConditionText)}</code>{(values.Length > 0 ? "<br><small>" + E(values) + "</small>" : string.Empty)}</td><td><code>{E(c.Span.Path)}:{c.Span.Line}</code><br><small>{E(c.Id)}</small></td></tr>");
            }

            output.WriteLine("</tbody></table></details>");
        }

        private static string Now(CharacteristicResult result)
        {
            var readings = result.Readings.Select(r => $"{FieldCatalog.Instance.Label(r.Path)}: {r.Display}").ToList();
            var verdict = result.Outcome is null ? "Unknown, evidence missing" : result.Characteristic.Role == CharacteristicRole.Caps ? "Applies" : "Not met";
            return readings.Count == 0 ? verdict + "." : $"{verdict}: {string.Join("; ", readings)}.";
        }

        private static string Mark(bool? outcome) => outcome is null
            ? "<span class=\"mark unknown\" aria-hidden=\"true\">?</span>"
            : "<span class=\"mark\" aria-hidden=\"true\">✘</span>";


        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
