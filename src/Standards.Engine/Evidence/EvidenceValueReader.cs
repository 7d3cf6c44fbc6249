using System;
using System.Globalization;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence
{
    /// <summary>Reads one evidence scalar for a field, checking its unit and valid range.</summary>
    internal static class EvidenceValueReader
    {
        public static object? Read(YamlScalar scalar, FactMember member, string path, DiagnosticBag diagnostics)
        {
            if (scalar.IsNull) return null;
            var text = scalar.Value.Trim();
            switch (member.Kind)
            {
                case FactKind.Boolean:
                    if (text == "true" || text == "yes") return true;
                    if (text == "false" || text == "no") return false;
                    diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span, $"`{path}` should be true or false, but it is `{text}`");
                    return null;
                case FactKind.Text:
                    if (member.AllowedValues.Count > 0 && !System.Linq.Enumerable.Contains(member.AllowedValues, text))
                    {
                        diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span,
                            $"`{path}` should be one of {string.Join(", ", member.AllowedValues)}, but it is `{text}`");
                        return null;
                    }

                    return text;
                case FactKind.Date:
                    if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
                    diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span, $"`{path}` should be a date written yyyy-mm-dd, but it is `{text}`");
                    return null;
                case FactKind.Number:
                    return ReadNumber(scalar, text, member, path, diagnostics);
                default:
                    diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span,
                        $"`{path}` should be {(member.Kind == FactKind.Collection ? "a list" : "a mapping of fields")}, but it is a single value");
                    return null;
            }
        }

        private static double? ReadNumber(YamlScalar scalar, string text, FactMember member, string path, DiagnosticBag diagnostics)
        {
            var local = new DiagnosticBag();
            var expr = ExpressionParser.Parse(text, scalar, local);
            bool negative = false;
            if (expr is UnaryExpr { Operator: UnaryOperator.Negate } unary)
            {
                negative = true;
                expr = unary.Operand;
            }

            if (expr is not NumberLiteral literal)
            {
                diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span, $"`{path}` should be {Example(member.Unit)}, but it is `{text}`");
                return null;
            }

            var expected = ExpectedLiteralUnit(member.Unit);
            if (literal.Unit != expected)
            {
                diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, scalar.Span, $"`{path}` is {Describe(member.Unit)}; write it as {Example(member.Unit)}, not `{text}`");
                return null;
            }

            double value = negative ? -literal.Value : literal.Value;
            if ((member.Min is double min && value < min) || (member.Max is double max && value > max))
            {
                diagnostics.Report(DiagnosticCatalog.ImpossibleEvidence, scalar.Span,
                    $"`{path}` is `{text}`, which is impossible: it must be from {UnitFormat.Format(member.Min, member.Unit)} to {UnitFormat.Format(member.Max, member.Unit)}");
                return null;
            }

            return value;
        }

        private static LiteralUnit ExpectedLiteralUnit(FactUnit unit)
        {
            switch (unit)
            {
                case FactUnit.Percent: return LiteralUnit.Percent;
                case FactUnit.Ratio: return LiteralUnit.Ratio;
                case FactUnit.Days: return LiteralUnit.Days;
                default: return LiteralUnit.None;
            }
        }

        private static string Describe(FactUnit unit)
        {
            switch (unit)
            {
                case FactUnit.Percent: return "a percentage";
                case FactUnit.Ratio: return "a span of control";
                case FactUnit.Days: return "a number of days";
                case FactUnit.Fte: return "a full-time-equivalent figure";
                default: return "a number";
            }
        }

        private static string Example(FactUnit unit)
        {
            switch (unit)
            {
                case FactUnit.Percent: return "a percentage such as `28%`";
                case FactUnit.Ratio: return "a span of control such as `1:12`";
                case FactUnit.Days: return "a number of days such as `9.5 days`";
                default: return "a plain number such as `12.5`";
            }
        }
    }
}
