using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>Builds the <see cref="RulebookManifest"/> from a <c>rulebook:</c> file.</summary>
    internal static class ManifestBuilder
    {
        public static RulebookManifest? Build(YamlMapping file, DiagnosticBag diagnostics)
        {
            var top = MappingFields.Open(file, "the rulebook manifest", diagnostics, RuleKeys.ManifestFile);
            if (top is null) return null;

            string id = "", title = "", version = "", effective = "";
            var identityNode = top.Node("rulebook", required: true);
            if (identityNode != null)
            {
                var identity = MappingFields.Open(identityNode, "`rulebook`", diagnostics, RuleKeys.ManifestIdentity);
                if (identity != null)
                {
                    id = identity.Text("id", true) ?? "";
                    title = identity.Text("title", true) ?? "";
                    version = identity.Text("version", true) ?? "";
                    var effectiveScalar = identity.Scalar("effective", true);
                    if (effectiveScalar != null)
                    {
                        effective = effectiveScalar.Value.Trim();
                        if (!System.DateTime.TryParseExact(effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        {
                            diagnostics.Report(DiagnosticCatalog.InvalidValue, effectiveScalar.Span, $"`effective` should be a date written yyyy-mm-dd, but it is `{effective}`");
                        }
                    }
                }
            }

            var scale = BuildScale(top, diagnostics);
            if (scale is null)
            {
                // Without a scale the bands cannot be checked, but a missing `overall` is still worth reporting now.
                top.Node("overall", required: true);
                return null;
            }
            var bands = BuildOverall(top, scale, diagnostics);
            var caseBands = BuildCaseSampleBands(top, scale, diagnostics);
            return new RulebookManifest(id, title, version, effective, scale, bands, caseBands, file.Span);
        }

        private static GradeScale? BuildScale(MappingFields top, DiagnosticBag diagnostics)
        {
            var sequence = top.Sequence("scale", required: true);
            if (sequence is null) return null;
            var grades = new List<Grade>();
            var seen = new Dictionary<string, YamlScalar>();
            foreach (var item in sequence.Items)
            {
                var fields = MappingFields.Open(item, "a grade of the scale", diagnostics, RuleKeys.Grade);
                if (fields is null) continue;
                var idScalar = fields.Scalar("grade", true);
                var label = fields.Text("label", true);
                var points = fields.Integer("points", true, 0, 100);
                if (idScalar is null || label is null || points is null) continue;
                var gradeId = idScalar.Value.Trim();
                if (seen.TryGetValue(gradeId, out var first))
                {
                    diagnostics.Report(DiagnosticCatalog.DuplicateId, idScalar.Span,
                        $"the grade `{gradeId}` appears twice in the scale; the first is at line {first.Span.Line}", first.Span);
                    continue;
                }

                seen[gradeId] = idScalar;
                grades.Add(new Grade(gradeId, label, points.Value, grades.Count, idScalar.Span));
            }

            if (grades.Count < 2)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidValue, sequence.Span, "the scale needs at least two grades, lowest first");
                return null;
            }

            for (int i = 1; i < grades.Count; i++)
            {
                if (grades[i].Points <= grades[i - 1].Points)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, grades[i].Span,
                        $"the scale is listed lowest grade first, so `{grades[i].Id}` needs more points than `{grades[i - 1].Id}`");
                }
            }

            return new GradeScale(grades);
        }

        private static IReadOnlyList<ScoreBand> BuildOverall(MappingFields top, GradeScale scale, DiagnosticBag diagnostics)
        {
            var bands = new List<ScoreBand>();
            var sequence = top.Sequence("overall", required: true);
            if (sequence is null) return bands;
            foreach (var item in sequence.Items)
            {
                var fields = MappingFields.Open(item, "an overall band", diagnostics, RuleKeys.OverallBand);
                if (fields is null) continue;
                var gradeScalar = fields.Scalar("grade", true);
                var from = fields.Integer("from", true, 0, 10000);
                var to = fields.Integer("to", true, 0, 10000);
                if (gradeScalar is null || from is null || to is null) continue;
                if (GradeText.Resolve(gradeScalar, scale, diagnostics) is not Grade grade) continue;
                if (to < from)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, fields.Span, $"the band for `{grade.Id}` ends ({to}) before it starts ({from})");
                    continue;
                }

                bands.Add(new ScoreBand(grade.Id, from.Value, to.Value, fields.Span));
            }

            var ordered = bands.OrderBy(b => b.From).ToList();
            for (int i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].From != ordered[i - 1].To + 1)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, ordered[i].Span,
                        ordered[i].From <= ordered[i - 1].To
                            ? $"the band for `{ordered[i].GradeId}` overlaps the band for `{ordered[i - 1].GradeId}` (line {ordered[i - 1].Span.Line})"
                            : $"no band covers totals {ordered[i - 1].To + 1} to {ordered[i].From - 1}",
                        ordered[i - 1].Span);
                }
            }

            return ordered;
        }

        private static IReadOnlyList<PercentBand> BuildCaseSampleBands(MappingFields top, GradeScale scale, DiagnosticBag diagnostics)
        {
            var bands = new List<PercentBand>();
            var sequence = top.Sequence("case_sample_bands", required: false);
            if (sequence is null) return bands;
            foreach (var item in sequence.Items)
            {
                var fields = MappingFields.Open(item, "a case-sample band", diagnostics, RuleKeys.CaseSampleBand);
                if (fields is null) continue;
                var gradeScalar = fields.Scalar("grade", true);
                var atLeastScalar = fields.Scalar("at_least", true);
                if (gradeScalar is null || atLeastScalar is null) continue;
                var grade = GradeText.Resolve(gradeScalar, scale, diagnostics);
                var atLeast = GradeText.Percent(atLeastScalar, "at_least", diagnostics);
                if (grade is null || atLeast is null) continue;
                bands.Add(new PercentBand(grade.Id, atLeast.Value, fields.Span));
            }

            var ordered = bands.OrderByDescending(b => b.AtLeast).ToList();
            if (ordered.Count > 0 && ordered[ordered.Count - 1].AtLeast > 0)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidValue, sequence.Span,
                    $"the lowest case-sample band starts at {ordered[ordered.Count - 1].AtLeast}%, so lower percentages get no grade; add a band `at_least: 0%`");
            }

            for (int i = 1; i < ordered.Count; i++)
            {
                if (scale[ordered[i].GradeId].Rank >= scale[ordered[i - 1].GradeId].Rank)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidValue, ordered[i].Span,
                        $"`{ordered[i].GradeId}` needs a lower percentage than `{ordered[i - 1].GradeId}` but is not a lower grade");
                }
            }

            return ordered;
        }
    }
}
