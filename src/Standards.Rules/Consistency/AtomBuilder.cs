using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Turns one comparison (or a bare yes/no field) into the region where it holds, or where it fails when
    /// <c>negated</c>. A comparison of a numeric term with a literal becomes an interval; of a yes/no or text
    /// field with literals, a value set. Any other comparison (two fields, two aggregates) becomes a yes/no
    /// proposition keyed by its canonical text, so the same comparison written twice is still recognised.
    /// </summary>
    internal sealed class AtomBuilder
    {
        private readonly TermFields _terms;

        public AtomBuilder(TermFields terms)
        {
            _terms = terms;
        }

        public Region Build(BoundExpr expr, bool negated)
        {
            switch (expr)
            {
                case BoundField path:
                    return _terms.DiscreteField(path) is Field flag && flag.Values.Equals(ValueSet.Booleans)
                        ? Discrete(flag, ValueSet.Of("true"), negated)
                        : Region.Opaque;
                case BoundBinary binary when binary.IsComparison:
                    return Comparison(binary, negated);
                case BoundBetween between:
                    return Between(between, negated);
                case BoundIn inExpr:
                    return In(inExpr, negated);
                default:
                    return Region.Opaque;
            }
        }

        private Region Comparison(BoundBinary binary, bool negated)
        {
            var op = binary.Operator;
            var left = binary.Left;
            var right = binary.Right;
            bool literalOnLeft = (TermFields.Literal(left) != null && TermFields.Literal(right) is null)
                || (LiteralText(left) != null && LiteralText(right) is null);
            if (literalOnLeft)
            {
                (left, right) = (right, left);
                op = ComparisonOperators.Flip(op);
            }

            if (negated) op = ComparisonOperators.Negate(op);
            if (TermFields.Literal(right) is double value && _terms.NumericField(left) is Field numeric)
            {
                return Numeric(numeric, Intervals(op, value));
            }

            if (LiteralText(right) is string text && _terms.DiscreteField(left) is Field discrete
                && (op == BinaryOperator.Equal || op == BinaryOperator.NotEqual))
            {
                var single = ValueSet.Of(text);
                return Region.Of(new[] { Box.Of(FieldConstraint.Discrete(discrete, op == BinaryOperator.Equal ? single : single.ComplementWithin(discrete.Values))) });
            }

            return Proposition(binary.Syntax, negated);
        }

        private Region Between(BoundBetween between, bool negated)
        {
            if (TermFields.Literal(between.Low) is double low && TermFields.Literal(between.High) is double high
                && _terms.NumericField(between.Value) is Field field)
            {
                return Numeric(field, negated
                    ? new[] { Interval.LessThan(low), Interval.GreaterThan(high) }
                    : new[] { Interval.Closed(low, high) });
            }

            return Proposition(between.Syntax, negated);
        }

        private Region In(BoundIn inExpr, bool negated)
        {
            var numbers = inExpr.Items.Select(TermFields.Literal).ToList();
            if (numbers.All(n => n != null) && _terms.NumericField(inExpr.Value) is Field numeric)
            {
                var points = numbers.Select(n => n!.Value).Distinct().OrderBy(n => n).ToList();
                return Numeric(numeric, negated ? Gaps(points) : points.Select(Interval.Point));
            }

            var texts = inExpr.Items.Select(LiteralText).ToList();
            if (texts.All(t => t != null) && _terms.DiscreteField(inExpr.Value) is Field discrete)
            {
                return Discrete(discrete, ValueSet.Of(texts.Select(t => t!)), negated);
            }

            return Proposition(inExpr.Syntax, negated);
        }

        private static Region Numeric(Field field, IEnumerable<Interval> intervals) =>
            Region.Of(intervals.Select(i => Box.Of(FieldConstraint.Numeric(field, i))));

        private static Region Discrete(Field field, ValueSet holds, bool negated) =>
            Region.Of(new[] { Box.Of(FieldConstraint.Discrete(field, negated ? holds.ComplementWithin(field.Values) : holds)) });

        /// <summary>
        /// A comparison the analysis cannot see into, as a yes/no proposition. <c>a &lt; b</c> is keyed as
        /// <c>not (a &gt;= b)</c>, so a comparison and its opposite are recognised as each other's negation.
        /// </summary>
        private static Region Proposition(Expr expr, bool negated)
        {
            var keyExpr = expr;
            if (expr is BinaryExpr binary && IsFlippedForm(binary.Operator))
            {
                keyExpr = new BinaryExpr(ComparisonOperators.Negate(binary.Operator), binary.Left, binary.Right, binary.Span);
                negated = !negated;
            }

            var field = Field.Discrete("(" + ExpressionPrinter.Print(keyExpr) + ")", ValueSet.Booleans);
            return Discrete(field, ValueSet.Of("true"), negated);
        }

        private static IEnumerable<Interval> Intervals(BinaryOperator op, double value)
        {
            switch (op)
            {
                case BinaryOperator.Less: return new[] { Interval.LessThan(value) };
                case BinaryOperator.LessOrEqual: return new[] { Interval.AtMost(value) };
                case BinaryOperator.Greater: return new[] { Interval.GreaterThan(value) };
                case BinaryOperator.GreaterOrEqual: return new[] { Interval.AtLeast(value) };
                case BinaryOperator.Equal: return new[] { Interval.Point(value) };
                default: return new[] { Interval.LessThan(value), Interval.GreaterThan(value) };
            }
        }

        private static IEnumerable<Interval> Gaps(IReadOnlyList<double> sortedPoints)
        {
            if (sortedPoints.Count == 0) return new[] { Interval.All };
            var gaps = new List<Interval> { Interval.LessThan(sortedPoints[0]) };
            for (int i = 1; i < sortedPoints.Count; i++) gaps.Add(new Interval(sortedPoints[i - 1], true, sortedPoints[i], true));
            gaps.Add(Interval.GreaterThan(sortedPoints[sortedPoints.Count - 1]));
            return gaps;
        }

        private static string? LiteralText(BoundExpr expr)
        {
            if (expr is BoundLiteral { Value: string text }) return text;
            if (expr is BoundLiteral { Value: bool flag }) return flag ? "true" : "false";
            return null;
        }

        private static bool IsFlippedForm(BinaryOperator op) =>
            op == BinaryOperator.Less || op == BinaryOperator.LessOrEqual || op == BinaryOperator.NotEqual;
    }
}
