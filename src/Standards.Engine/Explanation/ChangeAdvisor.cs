using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Presentation;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Engine.Explanation
{
    /// <summary>
    /// Works out the smallest evidence changes that would make a condition come out the other way, by walking
    /// the trace of its one evaluation: for a comparison of a field with a threshold, the threshold value; for
    /// yes/no fields, the other answer.
    /// </summary>
    internal static class ChangeAdvisor
    {
        /// <summary>Changes that would make the traced condition hold (<paramref name="wanted"/> true) or fail (false).</summary>
        public static IReadOnlyList<string> Suggest(ConditionTrace trace, bool wanted) => Suggest(trace, trace.Layout.Root, wanted);

        private static IReadOnlyList<string> Suggest(ConditionTrace trace, BoundExpr node, bool wanted)
        {
            var changes = new List<string>();
            Collect(trace, node, wanted, changes);
            return changes.Distinct().ToList();
        }

        private static void Collect(ConditionTrace trace, BoundExpr node, bool wanted, List<string> changes)
        {
            if (trace.ValueOf(node) as bool? == wanted) return;
            switch (node)
            {
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    Collect(trace, not.Operand, !wanted, changes);
                    return;
                case BoundBinary { Operator: BinaryOperator.And } both when wanted:
                    Collect(trace, both.Left, wanted, changes);
                    Collect(trace, both.Right, wanted, changes);
                    return;
                case BoundBinary { Operator: BinaryOperator.Or } both when !wanted:
                    Collect(trace, both.Left, wanted, changes);
                    Collect(trace, both.Right, wanted, changes);
                    return;
                case BoundBinary { IsLogical: true } either:
                    var left = new List<string>();
                    Collect(trace, either.Left, wanted, left);
                    changes.AddRange(left.Count > 0 ? left : Suggest(trace, either.Right, wanted));
                    return;
                case BoundField field:
                    changes.Add($"`{field.PathText}` would have to be {(wanted ? "yes" : "no")} (now {Now(trace, field)})");
                    return;
                case BoundBinary { IsComparison: true } comparison:
                    changes.Add(Threshold(trace, comparison, wanted));
                    return;
                default:
                    changes.Add($"`{node}` would have to {(wanted ? "hold" : "stop holding")}");
                    return;
            }
        }

        private static string Threshold(ConditionTrace trace, BoundBinary comparison, bool wanted)
        {
            var op = wanted ? comparison.Operator : ComparisonOperators.Negate(comparison.Operator);
            BoundExpr subject = comparison.Left, threshold = comparison.Right;
            if (comparison.Left is BoundLiteral)
            {
                subject = comparison.Right;
                threshold = comparison.Left;
                op = ComparisonOperators.Flip(op);
            }

            var now = Now(trace, subject);
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

        private static string Now(ConditionTrace trace, BoundExpr subject)
        {
            var reading = trace.Readings.FirstOrDefault(r => r.Path == subject.Text);
            if (reading != null) return reading.Display;
            return ReadingText.Format(trace.ValueOf(subject) as double?, FactUnit.Number);
        }
    }
}
