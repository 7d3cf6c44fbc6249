using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Standards.Rules.Binding;
using Standards.Rules.Consistency;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Tests.Expressions;
using Standards.Rules.Text;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>
    /// The normal form agrees with direct evaluation: for random conditions over two percentage fields and one
    /// yes/no field, a point lies in the "holds" region exactly when the condition is true there, and in the
    /// "fails" region exactly when it is false (unless the region gave up and is opaque).
    /// </summary>
    public class NormalFormProperties
    {
        private const string X = "case_sample.oversight_sufficient_percent";
        private const string Y = "surveys.spo_induction_percent";
        private const string F = "judgements.induction_effective";
        private static readonly SourceSpan None = SourceSpan.None;
        private static readonly ConditionNormaliser Normaliser = new ConditionNormaliser();

        private static PathExpr Path(string text)
        {
            var segments = text.Split('.');
            return new PathExpr(segments, segments.Select(_ => None).ToList(), None);
        }

        private static Gen<double> Value => Gen.Choose(0, 20).Select(i => i * 5.0);

        private static Expr Percent(double v) => new NumberLiteral(v, LiteralUnit.Percent, None);

        private static Gen<Expr> Atom => Gen.OneOf(
            from name in Gen.Elements(X, Y)
            from op in Gen.Elements(BinaryOperator.Less, BinaryOperator.LessOrEqual, BinaryOperator.Greater, BinaryOperator.GreaterOrEqual, BinaryOperator.Equal, BinaryOperator.NotEqual)
            from v in Value
            from literalFirst in Gen.Elements(true, false)
            select literalFirst ? (Expr)new BinaryExpr(op, Percent(v), Path(name), None) : new BinaryExpr(op, Path(name), Percent(v), None),
            from name in Gen.Elements(X, Y)
            from low in Value
            from high in Value
            select (Expr)new BetweenExpr(Path(name), Percent(low), Percent(high), None),
            from name in Gen.Elements(X, Y)
            from items in Gen.ListOf(Value, 3)
            select (Expr)new InExpr(Path(name), items.Select(Percent).ToList(), None),
            Gen.Constant((Expr)Path(F)),
            from b in Gen.Elements(true, false)
            select (Expr)new BinaryExpr(BinaryOperator.Equal, Path(F), new BooleanLiteral(b, None), None));

        private static Gen<Expr> Condition(int depth) => depth == 0 ? Atom : Gen.Frequency(
            (2, Atom),
            (2, from l in Condition(depth - 1) from r in Condition(depth - 1) select (Expr)new BinaryExpr(BinaryOperator.And, l, r, None)),
            (2, from l in Condition(depth - 1) from r in Condition(depth - 1) select (Expr)new BinaryExpr(BinaryOperator.Or, l, r, None)),
            (1, from e in Condition(depth - 1) select (Expr)new UnaryExpr(UnaryOperator.Not, e, None)));

        private static Gen<(Expr Condition, double X, double Y, bool F)> Case =>
            from condition in Condition(4)
            from x in Gen.Choose(0, 40).Select(i => i * 2.5)
            from y in Gen.Choose(0, 40).Select(i => i * 2.5)
            from f in Gen.Elements(true, false)
            select (condition, x, y, f);

        [Property(MaxTest = 1000)]
        public Property The_regions_contain_exactly_the_points_where_the_condition_holds_or_fails() =>
            Prop.ForAll(Arb.From(Case), c =>
            {
                var values = new Dictionary<string, object> { [X] = c.X, [Y] = c.Y, [F] = c.F ? "true" : "false" };
                bool truth = Evaluate(c.Condition, values);
                var form = Normaliser.Normalise(ConsistencyFixture.Bind(c.Condition));
                bool holdsOk = form.Holds.IsOpaque || Contains(form.Holds, values) == truth;
                bool failsOk = form.Fails.IsOpaque || Contains(form.Fails, values) == !truth;
                return (holdsOk && failsOk).Label($"{c.Condition} at x={c.X}, y={c.Y}, f={c.F}: {truth}; holds {form.Holds}; fails {form.Fails}");
            });

        [Property(MaxTest = 500)]
        public Property Any_expression_tree_normalises_without_throwing() =>
            Prop.ForAll(Arb.From(ExprGenerators.Expression), expr =>
            {
                var bound = ExpressionBinder.BindCondition(expr, ConsistencyFixture.Schema.Root, new DiagnosticBag());
                if (bound is null) return true.Label("does not bind: " + expr);
                var form = new ConditionNormaliser().Normalise(bound);
                return (form.Holds != null && form.Fails != null).Label(expr.ToString());
            });

        private static bool Contains(Region region, IReadOnlyDictionary<string, object> values) =>
            region.Boxes.Any(box => box.Constraints.All(c => c.Field.IsNumeric
                ? c.Interval.Contains((double)values[c.Field.Key])
                : c.Values.Contains(ValueSet.Of((string)values[c.Field.Key]))));

        private static bool Evaluate(Expr expr, IReadOnlyDictionary<string, object> values)
        {
            switch (expr)
            {
                case PathExpr p: return (string)values[p.Text] == "true";
                case UnaryExpr u: return !Evaluate(u.Operand, values);
                case BinaryExpr { Operator: BinaryOperator.And } b: return Evaluate(b.Left, values) && Evaluate(b.Right, values);
                case BinaryExpr { Operator: BinaryOperator.Or } b: return Evaluate(b.Left, values) || Evaluate(b.Right, values);
                case BinaryExpr { Right: BooleanLiteral flag } b: return ((string)values[((PathExpr)b.Left).Text] == "true") == flag.Value;
                case BinaryExpr b:
                    double left = Number(b.Left, values), right = Number(b.Right, values);
                    switch (b.Operator)
                    {
                        case BinaryOperator.Less: return left < right;
                        case BinaryOperator.LessOrEqual: return left <= right;
                        case BinaryOperator.Greater: return left > right;
                        case BinaryOperator.GreaterOrEqual: return left >= right;
                        case BinaryOperator.Equal: return left == right;
                        default: return left != right;
                    }

                case BetweenExpr between:
                    double v = Number(between.Value, values);
                    return v >= Number(between.Low, values) && v <= Number(between.High, values);
                case InExpr inExpr:
                    double w = Number(inExpr.Value, values);
                    return inExpr.Items.Any(i => Number(i, values) == w);
                default:
                    throw new InvalidOperationException(expr.ToString());
            }
        }

        private static double Number(Expr expr, IReadOnlyDictionary<string, object> values) =>
            expr is NumberLiteral n ? n.Value : (double)values[((PathExpr)expr).Text];
    }
}
