using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Engine.Explanation
{
    /// <summary>
    /// Works out the smallest evidence changes that would make a condition come out the other way:
    /// for a comparison of a field with a threshold, the threshold value; for yes/no fields, the other answer.
    /// </summary>
    internal static class ChangeAdvisor
    {
        /// <summary>Changes that would make <paramref name="condition"/> hold (<paramref name="wanted"/> true) or fail (false).</summary>
        public static IReadOnlyList<string> Suggest(Expr condition, PduEvidence evidence, bool wanted)
        {
            var changes = new List<string>();
            Collect(condition, evidence, wanted, changes);
            return changes.Distinct().ToList();
        }

        private static void Collect(Expr expr, PduEvidence evidence, bool wanted, List<string> changes)
        {
            var root = EvidenceSchema.Instance.Root;
            var now = ConditionCompiler.CompileCondition<PduEvidence>(expr, root)(evidence);
            if (now == wanted) return;
            switch (expr)
            {
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    Collect(not.Operand, evidence, !wanted, changes);
                    return;
                case BinaryExpr { Operator: BinaryOperator.And } conjunction when wanted:
                case BinaryExpr { Operator: BinaryOperator.Or } disjunction when !wanted:
                    var both = (BinaryExpr)expr;
                    Collect(both.Left, evidence, wanted, changes);
                    Collect(both.Right, evidence, wanted, changes);
                    return;
                case BinaryExpr { Operator: BinaryOperator.Or } alternatives when wanted:
                case BinaryExpr { Operator: BinaryOperator.And } requirements when !wanted:
                    var either = (BinaryExpr)expr;
                    var left = new List<string>();
                    Collect(either.Left, evidence, wanted, left);
                    changes.AddRange(left.Count > 0 ? left : Suggest(either.Right, evidence, wanted));
                    return;
                case PathExpr path:
                    changes.Add($"`{path.Text}` would have to be {(wanted ? "yes" : "no")} (now {Now(path, evidence)})");
                    return;
                case BinaryExpr comparison when ComparisonOperators.IsComparison(comparison.Operator):
                    changes.Add(Threshold(comparison, evidence, wanted));
                    return;
                default:
                    changes.Add($"`{expr}` would have to {(wanted ? "hold" : "stop holding")}");
                    return;
            }
        }

        private static string Threshold(BinaryExpr comparison, PduEvidence evidence, bool wanted)
        {
            var op = wanted ? comparison.Operator : ComparisonOperators.Negate(comparison.Operator);
            Expr subject = comparison.Left, threshold = comparison.Right;
            if (comparison.Left is NumberLiteral || comparison.Left is BooleanLiteral || comparison.Left is TextLiteral)
            {
                subject = comparison.Right;
                threshold = comparison.Left;
                op = ComparisonOperators.Flip(op);
            }

            var now = Now(subject, evidence);
            var target = threshold.ToString();
            switch (op)
            {
                case BinaryOperator.GreaterOrEqual: return $"raise `{subject}` from {now} to at least {target}";
                case BinaryOperator.Greater: return $"raise `{subject}` from {now} to above {target}";
                case BinaryOperator.LessOrEqual: return $"lower `{subject}` from {now} to at most {target}";
                case BinaryOperator.Less: return $"lower `{subject}` from {now} to below {target}";
                case BinaryOperator.Equal: return $"`{subject}` would have to be {target} (now {now})";
                default: return $"`{subject}` would have to differ from {target} (now {now})";
            }
        }

        private static string Now(Expr subject, PduEvidence evidence)
        {
            var probe = ReadingProbe.For(subject, EvidenceSchema.Instance.Root).FirstOrDefault(p => p.Label == subject.ToString());
            if (probe != null) return probe.Read(evidence).Display;
            var value = ConditionCompiler.CompileNumber<PduEvidence>(subject, EvidenceSchema.Instance.Root)(evidence);
            return value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "missing";
        }
    }
}
