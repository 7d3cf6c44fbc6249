using System.Globalization;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>Reads grade names and percentages written in rule files.</summary>
    internal static class GradeText
    {
        /// <summary>Checks that <paramref name="scalar"/> names a grade of the scale; reports STD1007 otherwise.</summary>
        public static Grade? Resolve(YamlScalar scalar, GradeScale scale, DiagnosticBag diagnostics) =>
            Resolve(scalar.Value.Trim(), scalar.Span, scale, diagnostics);

        /// <summary>Checks that <paramref name="text"/> names a grade of the scale; reports STD1007 at <paramref name="span"/> otherwise.</summary>
        public static Grade? Resolve(string text, Text.SourceSpan span, GradeScale scale, DiagnosticBag diagnostics)
        {
            var grade = scale.Find(text);
            if (grade is null)
            {
                var ids = new string[scale.Grades.Count];
                for (int i = 0; i < ids.Length; i++) ids[i] = scale.Grades[i].Id;
                diagnostics.Report(DiagnosticCatalog.UnknownGrade, span,
                    $"`{text}` is not a grade of the rating scale{Suggestions.Hint(text, ids)} (grades: {string.Join(", ", ids)})");
            }

            return grade;
        }

        /// <summary>Reads a percentage such as <c>65%</c> from 0 to 100; reports STD0008 or STD1006 otherwise.</summary>
        public static double? Percent(YamlScalar scalar, string key, DiagnosticBag diagnostics)
        {
            var text = scalar.Value.Trim();
            if (!text.EndsWith("%") || !double.TryParse(text.Substring(0, text.Length - 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || double.IsNaN(value) || double.IsInfinity(value))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidValue, scalar.Span, $"`{key}` should be a percentage such as `65%`, but it is `{text}`");
                return null;
            }

            if (value < 0 || value > 100)
            {
                diagnostics.Report(DiagnosticCatalog.ThresholdOutOfRange, scalar.Span, $"`{key}` is `{text}`, but a share of cases must be from 0% to 100%");
                return null;
            }

            return value;
        }
    }
}
