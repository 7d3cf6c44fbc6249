using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Works out, in plain words, the smallest evidence changes that make a condition come out as wanted: for a
    /// comparison of a field with a number, the number; for a yes/no field, the other answer. It reads the rule model
    /// directly (nothing is compiled), so the page can afford it on every what-if. Returns null for conditions it
    /// cannot put in words (arithmetic, aggregates), so the caller shows the rule's reason instead.
    /// </summary>
    internal static class ChangeFinder
    {
        public static IReadOnlyList<string>? Suggest(Expr condition, PduEvidence evidence, bool wanted)
        {
            var changes = new List<string>();
            return Collect(condition, evidence, wanted, changes) ? changes.Distinct().ToList() : null;
        }

        private static bool Collect(Expr expr, PduEvidence evidence, bool wanted, List<string> changes)
        {
            if (Evaluate(expr, evidence) == wanted) return true;
            switch (expr)
            {
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    return Collect(not.Operand, evidence, !wanted, changes);
                case BinaryExpr { Operator: BinaryOperator.And } both when wanted:
                case BinaryExpr { Operator: BinaryOperator.Or } both2 when !wanted:
                    var all = (BinaryExpr)expr;
                    return Collect(all.Left, evidence, wanted, changes) && Collect(all.Right, evidence, wanted, changes);
                case BinaryExpr { Operator: BinaryOperator.Or } either when wanted:
                case BinaryExpr { Operator: BinaryOperator.And } either2 when !wanted:
                    var any = (BinaryExpr)expr;
                    var left = new List<string>();
                    if (Collect(any.Left, evidence, wanted, left) && left.Count > 0)
                    {
                        changes.AddRange(left);
                        return true;
                    }

                    return Collect(any.Right, evidence, wanted, changes);
                case PathExpr path when Field(path) is EvidenceField flag && flag.Member.Kind == FactKind.Boolean:
                    var now = EvidencePathReader.Read(evidence, path.Text) is bool b ? (b ? "yes" : "no") : "missing";
                    changes.Add($"{flag.Label} would have to be {(wanted ? "yes" : "no")} (now {now})");
                    return true;
                case BinaryExpr comparison when Compared(comparison, wanted) is Comparison t && Field(t.Path) is EvidenceField field:
                    var value = EvidencePathReader.Read(evidence, t.Path) as double?;
                    var from = UnitFormat.Format(value, field.Member.Unit, "missing");
                    var to = UnitFormat.Format(t.Value, field.Member.Unit);
                    changes.Add(t.LowerIsBetter ? $"Lower {PlainWords.LowerFirst(field.Label)} from {from} to {t.Words} {to}"
                        : t.Operator == BinaryOperator.Greater || t.Operator == BinaryOperator.GreaterOrEqual ? $"Raise {PlainWords.LowerFirst(field.Label)} from {from} to {t.Words} {to}"
                        : $"{field.Label} would have to be {t.Words} {to} (now {from})");
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Three-valued truth of the conditions this class understands; null when unknown or not understood.</summary>
        private static bool? Evaluate(Expr expr, PduEvidence evidence)
        {
            switch (expr)
            {
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    return !Evaluate(not.Operand, evidence);
                case BinaryExpr { Operator: BinaryOperator.And } and:
                    var l = Evaluate(and.Left, evidence);
                    var r = Evaluate(and.Right, evidence);
                    return l == false || r == false ? false : l == true && r == true ? true : (bool?)null;
                case BinaryExpr { Operator: BinaryOperator.Or } or:
                    var a = Evaluate(or.Left, evidence);
                    var b = Evaluate(or.Right, evidence);
                    return a == true || b == true ? true : a == false && b == false ? false : (bool?)null;
                case PathExpr path:
                    return EvidencePathReader.Read(evidence, path.Text) as bool?;
                case BinaryExpr comparison when Compared(comparison, true) is Comparison t:
                    return EvidencePathReader.Read(evidence, t.Path) is double v ? t.IsMetBy(v) : (bool?)null;
                default:
                    return null;
            }
        }

        private static Comparison? Compared(BinaryExpr comparison, bool wanted)
        {
            if (!ComparisonOperators.IsComparison(comparison.Operator)) return null;
            var op = wanted ? comparison.Operator : ComparisonOperators.Negate(comparison.Operator);
            if (comparison.Left is PathExpr p && comparison.Right is NumberLiteral n) return new Comparison(p.Text, op, n.Value);
            if (comparison.Right is PathExpr q && comparison.Left is NumberLiteral m) return new Comparison(q.Text, ComparisonOperators.Flip(op), m.Value);
            return null;
        }

        private static EvidenceField? Field(PathExpr path) => FieldCatalog.Instance.Find(path.Text);

        private static EvidenceField? Field(string path) => FieldCatalog.Instance.Find(path);

    }
}
