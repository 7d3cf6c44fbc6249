using System.Collections.Generic;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>Builds <see cref="ExampleCase"/>s from an <c>examples:</c> file.</summary>
    internal static class ExampleCaseBuilder
    {
        /// <summary>The word between the two grades of an expected range: <c>requires_improvement to good</c>.</summary>
        public const string RangeSeparator = " to ";

        public static IReadOnlyList<ExampleCase> Build(YamlMapping file, GradeScale? scale, DiagnosticBag diagnostics)
        {
            var cases = new List<ExampleCase>();
            var top = MappingFields.Open(file, "an examples file", diagnostics, RuleKeys.ExamplesFile);
            var sequence = top?.Sequence("examples", required: true);
            if (sequence is null) return cases;
            foreach (var item in sequence.Items)
            {
                var fields = MappingFields.Open(item, "an example case", diagnostics, RuleKeys.ExampleCase);
                if (fields is null) continue;
                var name = fields.Text("name", true);
                var evidence = fields.Mapping("evidence", true);
                var expect = fields.Mapping("expect", true);
                if (name is null || evidence is null || expect is null) continue;
                var expectations = new List<ExpectedRating>();
                foreach (var entry in expect.Entries)
                {
                    if (BuildExpectation(entry, scale, diagnostics) is ExpectedRating expected) expectations.Add(expected);
                }

                cases.Add(new ExampleCase(name, evidence, expectations, fields.Span));
            }

            return cases;
        }

        private static ExpectedRating? BuildExpectation(YamlEntry entry, GradeScale? scale, DiagnosticBag diagnostics)
        {
            var target = entry.Key.Value.Trim();
            if (entry.Value is not YamlScalar value || value.IsNull)
            {
                diagnostics.Report(DiagnosticCatalog.WrongValueKind, entry.Value.Span,
                    $"the expected rating for `{target}` should be a grade, or a range such as `requires_improvement to good`");
                return null;
            }

            var text = value.Value.Trim();
            int separator = text.IndexOf(RangeSeparator, System.StringComparison.Ordinal);
            var low = separator < 0 ? text : text.Substring(0, separator).Trim();
            var high = separator < 0 ? text : text.Substring(separator + RangeSeparator.Length).Trim();
            if (scale != null)
            {
                var lowGrade = GradeText.Resolve(low, value.Span, scale, diagnostics);
                if (lowGrade is null) return null;
                var highGrade = GradeText.Resolve(high, value.Span, scale, diagnostics);
                if (highGrade is null) return null;

                if (lowGrade.Rank > highGrade.Rank)
                {
                    (low, high) = (high, low);
                }
            }

            return new ExpectedRating(target, low, high, entry.Key.Span);
        }
    }
}
