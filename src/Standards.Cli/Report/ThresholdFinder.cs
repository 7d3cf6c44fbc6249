using System.Collections.Generic;
using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>
    /// Reads the thresholds a standard's rules set on numeric evidence: every comparison of a field with a number
    /// (and each end of a <c>between</c>) in its characteristics' conditions.
    /// </summary>
    internal static class ThresholdFinder
    {
        /// <summary>The thresholds of <paramref name="standard"/>, in characteristic order.</summary>
        public static IReadOnlyList<Threshold> Find(Standard standard, GradeScale scale)
        {
            var found = new List<Threshold>();
            foreach (var characteristic in standard.Characteristics) Walk(characteristic.Condition, characteristic, scale[characteristic.GradeId], false, found);
            return found;
        }

        private static void Walk(Expr expr, Characteristic characteristic, Grade grade, bool negated, List<Threshold> found)
        {
            switch (expr)
            {
                case BinaryExpr binary when ComparisonOperators.IsComparison(binary.Operator):
                    var op = negated ? ComparisonOperators.Negate(binary.Operator) : binary.Operator;
                    if (binary.Left is PathExpr path && binary.Right is NumberLiteral number)
                    {
                        found.Add(new Threshold(path.Text, op, number.Value, characteristic, grade));
                    }
                    else if (binary.Right is PathExpr flippedPath && binary.Left is NumberLiteral flippedNumber)
                    {
                        found.Add(new Threshold(flippedPath.Text, ComparisonOperators.Flip(op), flippedNumber.Value, characteristic, grade));
                    }

                    return;
                case BinaryExpr logical:
                    Walk(logical.Left, characteristic, grade, negated, found);
                    Walk(logical.Right, characteristic, grade, negated, found);
                    return;
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    Walk(not.Operand, characteristic, grade, !negated, found);
                    return;
                case BetweenExpr between when between.Value is PathExpr subject && !negated:
                    if (between.Low is NumberLiteral low) found.Add(new Threshold(subject.Text, BinaryOperator.GreaterOrEqual, low.Value, characteristic, grade));
                    if (between.High is NumberLiteral high) found.Add(new Threshold(subject.Text, BinaryOperator.LessOrEqual, high.Value, characteristic, grade));
                    return;
            }
        }
    }
}
