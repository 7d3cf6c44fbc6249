using System;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Describes the terms of a condition as <see cref="Field"/>s: evidence paths with their valid ranges or
    /// values, aggregates (by their canonical text) with the range the aggregate can produce, and arithmetic
    /// with a range worked out from its operands.
    /// </summary>
    internal sealed class TermFields
    {
        /// <summary>The literal number of <paramref name="expr"/> (<c>65%</c>, <c>-3</c>), or null.</summary>
        public static double? Literal(BoundExpr expr)
        {
            if (expr is BoundLiteral { Value: double n }) return n;
            if (expr is BoundUnary { Operator: UnaryOperator.Negate, Operand: BoundLiteral { Value: double inner } }) return -inner;
            return null;
        }

        /// <summary>A yes/no or text field read by a path, or null when the path is not one.</summary>
        public Field? DiscreteField(BoundExpr expr)
        {
            if (expr is not BoundField path || path.Member is not FactMember member) return null;
            if (member.Kind == FactKind.Boolean) return Field.Discrete(path.PathText, ValueSet.Booleans);
            if (member.Kind == FactKind.Text)
            {
                return Field.Discrete(path.PathText, member.AllowedValues.Count > 0 ? ValueSet.Of(member.AllowedValues) : ValueSet.Any);
            }

            return null;
        }

        /// <summary>A numeric term (not a literal), or null when <paramref name="expr"/> is not one.</summary>
        public Field? NumericField(BoundExpr expr)
        {
            if (Literal(expr) != null) return null;
            var range = Range(expr);
            return range is null ? null : Field.Numeric(expr.Text, range.Value.Domain, range.Value.Whole);
        }

        private (Interval Domain, bool Whole)? Range(BoundExpr expr)
        {
            switch (expr)
            {
                case BoundLiteral { Value: double n }:
                    return (Interval.Point(n), Math.Floor(n) == n);
                case BoundField path:
                    var member = path.Member;
                    if (member is null || member.Kind != FactKind.Number) return null;
                    return (Bounds(member), member.Unit == FactUnit.Count);
                case BoundAggregate aggregate:
                    return AggregateRange(aggregate);
                case BoundUnary { Operator: UnaryOperator.Negate } negate:
                    var operand = Range(negate.Operand);
                    if (operand is null) return null;
                    var d = operand.Value.Domain;
                    return (new Interval(-d.High, d.HighOpen, -d.Low, d.LowOpen), operand.Value.Whole);
                case BoundBinary binary when IsArithmetic(binary.Operator):
                    return Arithmetic(binary);
                default:
                    return null;
            }
        }

        private (Interval Domain, bool Whole)? AggregateRange(BoundAggregate aggregate)
        {
            switch (aggregate.Aggregate)
            {
                case AggregateKind.Count: return (Interval.AtLeast(0), true);
                case AggregateKind.Percent: return (Interval.Closed(0, 100), false);
            }

            var resolved = aggregate.Source;
            if (resolved.ElementMembers.Count == 0) return (Interval.All, false);
            var member = resolved.Last;
            bool whole = member.Unit == FactUnit.Count;
            switch (aggregate.Aggregate)
            {
                case AggregateKind.Sum:
                    return (member.Min is double min && min >= 0 ? Interval.AtLeast(0) : Interval.All, whole);
                case AggregateKind.Mean:
                    return (Bounds(member), false);
                default:
                    return (Bounds(member), whole);
            }
        }

        private (Interval Domain, bool Whole)? Arithmetic(BoundBinary binary)
        {
            var left = Range(binary.Left);
            var right = Range(binary.Right);
            if (left is null || right is null) return null;
            var a = left.Value.Domain;
            var b = right.Value.Domain;
            bool whole = left.Value.Whole && right.Value.Whole;
            switch (binary.Operator)
            {
                case BinaryOperator.Add:
                    return (Closed(a.Low + b.Low, a.High + b.High), whole);
                case BinaryOperator.Subtract:
                    return (Closed(a.Low - b.High, a.High - b.Low), whole);
                case BinaryOperator.Multiply:
                    return (Product(a, b), whole);
                default:
                    return (Literal(binary.Right) is double divisor && divisor != 0 ? Product(a, Interval.Point(1 / divisor)) : Interval.All, false);
            }
        }

        private static Interval Product(Interval a, Interval b)
        {
            if (a.HasLow && b.HasLow && a.Low >= 0 && b.Low >= 0 && (!a.HasHigh || !b.HasHigh))
            {
                double high = a.High * b.High;
                return new Interval(a.Low * b.Low, false, double.IsNaN(high) ? double.PositiveInfinity : high, false);
            }

            if (!a.HasLow || !a.HasHigh || !b.HasLow || !b.HasHigh) return Interval.All;
            var corners = new[] { a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High };
            return Closed(corners.Min(), corners.Max());
        }

        private static Interval Closed(double low, double high) =>
            double.IsNaN(low) || double.IsNaN(high) ? Interval.All : new Interval(low, false, high, false);

        private static Interval Bounds(FactMember member) =>
            new Interval(member.Min ?? double.NegativeInfinity, false, member.Max ?? double.PositiveInfinity, false);

        private static bool IsArithmetic(BinaryOperator op) =>
            op == BinaryOperator.Add || op == BinaryOperator.Subtract || op == BinaryOperator.Multiply || op == BinaryOperator.Divide;
    }
}
