using System;
using System.Globalization;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>
    /// Checks an expression against the evidence contract: every field exists, operands have matching
    /// kinds and units, and thresholds lie inside the fields' valid ranges. Problems are collected.
    /// </summary>
    internal sealed class ExpressionBinder : IExprVisitor<BoundType>
    {
        private readonly FactType _scope;
        private readonly DiagnosticBag _diagnostics;

        private readonly string? _scopeName;

        private ExpressionBinder(FactType scope, DiagnosticBag diagnostics, string? scopeName = null)
        {
            _scope = scope;
            _scopeName = scopeName;
            _diagnostics = diagnostics;
        }

        /// <summary>Binds a characteristic condition, which must give yes or no.</summary>
        public static void BindCondition(Expr condition, FactType root, DiagnosticBag diagnostics)
        {
            var type = condition.Accept(new ExpressionBinder(root, diagnostics));
            if (!type.IsError && type.Kind != FactKind.Boolean)
            {
                diagnostics.Report(DiagnosticCatalog.NotACondition, condition.Span,
                    $"the condition `{condition}` gives {type.Describe()}, not yes or no; compare it with something, such as `{condition} >= ...`");
            }
        }

        /// <summary>Binds a domain-two measure, which must give a percentage.</summary>
        public static void BindMeasure(Expr measure, FactType root, DiagnosticBag diagnostics)
        {
            var type = measure.Accept(new ExpressionBinder(root, diagnostics));
            if (!type.IsError && (type.Kind != FactKind.Number || type.Unit != FactUnit.Percent))
            {
                diagnostics.Report(DiagnosticCatalog.UnitMismatch, measure.Span,
                    $"a measure must give a percentage of cases, but `{measure}` gives {type.Describe()}");
            }
        }

        public BoundType VisitNumber(NumberLiteral node)
        {
            switch (node.Unit)
            {
                case LiteralUnit.Percent: return BoundType.Number(FactUnit.Percent);
                case LiteralUnit.Ratio: return BoundType.Number(FactUnit.Ratio);
                case LiteralUnit.Days: return BoundType.Number(FactUnit.Days);
                default: return BoundType.Number(FactUnit.Number, plain: true);
            }
        }

        public BoundType VisitBoolean(BooleanLiteral node) => BoundType.Boolean;

        public BoundType VisitText(TextLiteral node) => BoundType.Text;

        public BoundType VisitPath(PathExpr node)
        {
            var path = FactPathResolver.Resolve(node, _scope, allowIntoList: false, _diagnostics, _scopeName);
            if (path is null) return BoundType.Error;
            var member = path.Last;
            if (member.Kind == FactKind.Collection)
            {
                _diagnostics.Report(DiagnosticCatalog.NotACollection, node.Span,
                    $"`{node.Text}` is a list; read it with an aggregate such as `count({node.Text})` or `percent({node.Text} where ...)`");
                return BoundType.Error;
            }

            if (member.Kind == FactKind.Record)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Span,
                    $"`{node.Text}` is a group of fields ({string.Join(", ", member.ElementType!.Members.Select(m => m.Name))}); name one of them");
                return BoundType.Error;
            }

            return BoundType.Of(member);
        }

        public BoundType VisitUnary(UnaryExpr node)
        {
            var operand = node.Operand.Accept(this);
            if (operand.IsError) return operand;
            if (node.Operator == UnaryOperator.Not)
            {
                return RequireBoolean(node.Operand, operand, "`not`") ? BoundType.Boolean : BoundType.Error;
            }

            if (operand.Kind != FactKind.Number)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Span, $"`-` needs a number, but `{node.Operand}` is {operand.Describe()}");
                return BoundType.Error;
            }

            return operand.IsPlainLiteral ? operand : BoundType.Number(operand.Unit);
        }

        public BoundType VisitBinary(BinaryExpr node)
        {
            var left = node.Left.Accept(this);
            var right = node.Right.Accept(this);
            if (left.IsError || right.IsError) return BoundType.Error;
            switch (node.Operator)
            {
                case BinaryOperator.And:
                case BinaryOperator.Or:
                    bool ok = RequireBoolean(node.Left, left, $"`{Word(node.Operator)}`") & RequireBoolean(node.Right, right, $"`{Word(node.Operator)}`");
                    return ok ? BoundType.Boolean : BoundType.Error;
                case BinaryOperator.Add:
                case BinaryOperator.Subtract:
                case BinaryOperator.Multiply:
                case BinaryOperator.Divide:
                    return Arithmetic(node, left, right);
                default:
                    return Compare(node, node.Left, left, node.Right, right, node.Operator) ? BoundType.Boolean : BoundType.Error;
            }
        }

        public BoundType VisitBetween(BetweenExpr node)
        {
            var value = node.Value.Accept(this);
            var low = node.Low.Accept(this);
            var high = node.High.Accept(this);
            if (value.IsError || low.IsError || high.IsError) return BoundType.Error;
            bool ok = Compare(node, node.Value, value, node.Low, low, BinaryOperator.GreaterOrEqual)
                & Compare(node, node.Value, value, node.High, high, BinaryOperator.LessOrEqual);
            return ok ? BoundType.Boolean : BoundType.Error;
        }

        public BoundType VisitIn(InExpr node)
        {
            var value = node.Value.Accept(this);
            bool ok = !value.IsError;
            foreach (var item in node.Items)
            {
                var itemType = item.Accept(this);
                if (ok && !itemType.IsError) ok &= Compare(node, node.Value, value, item, itemType, BinaryOperator.Equal);
            }

            return ok ? BoundType.Boolean : BoundType.Error;
        }

        public BoundType VisitAggregate(AggregateExpr node)
        {
            var path = FactPathResolver.Resolve(node.Source, _scope, allowIntoList: true, _diagnostics, _scopeName);
            if (path is null) return BoundType.Error;
            var list = path.Members[path.Members.Count - 1];
            if (list.Kind != FactKind.Collection)
            {
                _diagnostics.Report(DiagnosticCatalog.NotACollection, node.Source.Span,
                    $"`{Name(node.Kind)}` works over a list of records, but `{node.Source.Text}` is {BoundType.Of(list).Describe()}");
                return BoundType.Error;
            }

            bool ok = true;
            if (node.Filter != null)
            {
                var filter = node.Filter.Accept(new ExpressionBinder(list.ElementType!, _diagnostics, $"each record of `{string.Join(".", path.Members.Select(m => m.Name))}`"));
                ok = !filter.IsError && RequireBoolean(node.Filter, filter, "`where`");
            }

            if (node.Kind == AggregateKind.Count || node.Kind == AggregateKind.Percent)
            {
                if (path.ElementMembers.Count > 0)
                {
                    _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Source.Span,
                        $"`{Name(node.Kind)}` counts records, so name the list only (`{string.Join(".", path.Members.Select(m => m.Name))}`) and put conditions after `where`");
                    return BoundType.Error;
                }

                return ok ? BoundType.Number(node.Kind == AggregateKind.Count ? FactUnit.Count : FactUnit.Percent) : BoundType.Error;
            }

            if (path.ElementMembers.Count == 0 || path.Last.Kind != FactKind.Number)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Source.Span,
                    $"`{Name(node.Kind)}` needs a number field of each record, such as `{Name(node.Kind)}({node.Source.Text}.{list.ElementType!.Members.Where(m => m.Kind == FactKind.Number).Select(m => m.Name).FirstOrDefault() ?? "field"})`");
                return BoundType.Error;
            }

            return ok ? BoundType.Number(path.Last.Unit) : BoundType.Error;
        }

        private bool Compare(Expr whole, Expr leftExpr, BoundType left, Expr rightExpr, BoundType right, BinaryOperator op)
        {
            if (left.Kind != right.Kind)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, whole.Span,
                    $"cannot compare `{leftExpr}` ({left.Describe()}) with `{rightExpr}` ({right.Describe()})");
                return false;
            }

            bool ordering = op != BinaryOperator.Equal && op != BinaryOperator.NotEqual;
            if (ordering && left.Kind != FactKind.Number && left.Kind != FactKind.Date)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, whole.Span,
                    $"`{leftExpr}` is {left.Describe()}, which can only be compared with `==` or `!=`");
                return false;
            }

            if (left.Kind == FactKind.Number && !UnitsMatch(left, right))
            {
                _diagnostics.Report(DiagnosticCatalog.UnitMismatch, rightExpr.Span,
                    $"`{leftExpr}` is {left.Describe()} but `{rightExpr}` is {right.Describe()}{UnitHint(left, rightExpr)}");
                return false;
            }

            return CheckRange(left.Member, rightExpr) & CheckRange(right.Member, leftExpr);
        }

        private bool CheckRange(FactMember? member, Expr threshold)
        {
            if (member is null) return true;
            if (threshold is NumberLiteral number)
            {
                if ((member.Min is double min && number.Value < min) || (member.Max is double max && number.Value > max))
                {
                    _diagnostics.Report(DiagnosticCatalog.ThresholdOutOfRange, threshold.Span,
                        $"`{threshold}` is outside the valid range of `{member.Name}` ({UnitFormat.Format(member.Min, member.Unit)} to {UnitFormat.Format(member.Max, member.Unit)}), so this comparison can never be decided by real evidence");
                    return false;
                }
            }
            else if (threshold is TextLiteral text && member.AllowedValues.Count > 0 && !member.AllowedValues.Contains(text.Value))
            {
                _diagnostics.Report(DiagnosticCatalog.ThresholdOutOfRange, threshold.Span,
                    $"`{threshold}` is not a value `{member.Name}` can take{Loading.Suggestions.Hint(text.Value, member.AllowedValues)} (values: {string.Join(", ", member.AllowedValues)})");
                return false;
            }

            return true;
        }

        private BoundType Arithmetic(BinaryExpr node, BoundType left, BoundType right)
        {
            if (left.Kind != FactKind.Number || right.Kind != FactKind.Number)
            {
                var bad = left.Kind != FactKind.Number ? node.Left : node.Right;
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, bad.Span,
                    $"arithmetic needs numbers, but `{bad}` is {(left.Kind != FactKind.Number ? left : right).Describe()}");
                return BoundType.Error;
            }

            bool additive = node.Operator == BinaryOperator.Add || node.Operator == BinaryOperator.Subtract;
            if (additive)
            {
                if (!UnitsMatch(left, right))
                {
                    _diagnostics.Report(DiagnosticCatalog.UnitMismatch, node.Span,
                        $"cannot add or subtract {left.Describe()} (`{node.Left}`) and {right.Describe()} (`{node.Right}`)");
                    return BoundType.Error;
                }

                return left.IsPlainLiteral ? right : BoundType.Number(left.Unit);
            }

            if (left.IsPlainLiteral) return right.IsPlainLiteral ? left : BoundType.Number(right.Unit);
            if (right.IsPlainLiteral) return BoundType.Number(left.Unit);
            if (node.Operator == BinaryOperator.Divide && UnitsMatch(left, right)) return BoundType.Number(FactUnit.Number);
            _diagnostics.Report(DiagnosticCatalog.UnitMismatch, node.Span,
                $"cannot {(node.Operator == BinaryOperator.Multiply ? "multiply" : "divide")} {left.Describe()} (`{node.Left}`) by {right.Describe()} (`{node.Right}`)");
            return BoundType.Error;
        }

        private bool RequireBoolean(Expr expr, BoundType type, string what)
        {
            if (type.Kind == FactKind.Boolean) return true;
            _diagnostics.Report(DiagnosticCatalog.NotACondition, expr.Span, $"{what} needs yes/no conditions, but `{expr}` is {type.Describe()}");
            return false;
        }

        private static bool UnitsMatch(BoundType a, BoundType b)
        {
            if (a.IsPlainLiteral || b.IsPlainLiteral)
            {
                var other = a.IsPlainLiteral ? b : a;
                return other.IsPlainLiteral || IsPlainUnit(other.Unit);
            }

            return a.Unit == b.Unit || (IsCountLike(a.Unit) && IsCountLike(b.Unit));
        }

        private static bool IsPlainUnit(FactUnit unit) => unit == FactUnit.Number || unit == FactUnit.Count || unit == FactUnit.Fte;

        private static bool IsCountLike(FactUnit unit) => unit == FactUnit.Number || unit == FactUnit.Count;

        private static string UnitHint(BoundType field, Expr other)
        {
            if (other is NumberLiteral literal && literal.Unit == LiteralUnit.None)
            {
                switch (field.Unit)
                {
                    case FactUnit.Percent: return PercentHint(literal);
                    case FactUnit.Ratio: return $"; write `1:{literal}`";
                    case FactUnit.Days: return $"; write `{literal} days`";
                }
            }

            return string.Empty;
        }

        /// <summary>A fraction such as <c>0.35</c> is almost always a share written out of 1: suggest <c>35%</c>.</summary>
        private static string PercentHint(NumberLiteral literal)
        {
            if (literal.Value > 0 && literal.Value < 1)
            {
                var percent = NumberText.Format(Math.Round(literal.Value * 100, 6));
                return $"; percentages are written out of 100, so write `{percent}%` (not `{literal}%`)";
            }

            return $"; write `{literal}%`";
        }

        private static string Word(BinaryOperator op) => op == BinaryOperator.And ? "and" : "or";

        private static string Name(AggregateKind kind) => kind.ToString().ToLowerInvariant();
    }
}
