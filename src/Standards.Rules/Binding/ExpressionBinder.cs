using System.Collections.Generic;
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
    internal sealed class ExpressionBinder : IExprVisitor<BoundExpr?>
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

        /// <summary>Binds a characteristic condition, which must give yes or no; null after reporting a problem.</summary>
        public static BoundExpr? BindCondition(Expr condition, FactType root, DiagnosticBag diagnostics)
        {
            var bound = condition.Accept(new ExpressionBinder(root, diagnostics));
            if (bound != null && bound.Kind != FactKind.Boolean)
            {
                diagnostics.Report(DiagnosticCatalog.NotACondition, condition.Span,
                    $"the condition `{condition}` gives {TypeText.Describe(bound)}, not yes or no; compare it with something, such as `{condition} >= ...`");
                return null;
            }

            return bound;
        }

        /// <summary>Binds a domain-two measure, which must give a percentage; null after reporting a problem.</summary>
        public static BoundExpr? BindMeasure(Expr measure, FactType root, DiagnosticBag diagnostics)
        {
            var bound = measure.Accept(new ExpressionBinder(root, diagnostics));
            if (bound != null && (bound.Kind != FactKind.Number || bound.Unit != FactUnit.Percent))
            {
                diagnostics.Report(DiagnosticCatalog.UnitMismatch, measure.Span,
                    $"a measure must give a percentage of cases, but `{measure}` gives {TypeText.Describe(bound)}");
                return null;
            }

            return bound;
        }

        public BoundExpr? VisitNumber(NumberLiteral node)
        {
            switch (node.Unit)
            {
                case LiteralUnit.Percent: return new BoundLiteral(node, FactKind.Number, FactUnit.Percent, false, node.Value);
                case LiteralUnit.Ratio: return new BoundLiteral(node, FactKind.Number, FactUnit.Ratio, false, node.Value);
                case LiteralUnit.Days: return new BoundLiteral(node, FactKind.Number, FactUnit.Days, false, node.Value);
                default: return new BoundLiteral(node, FactKind.Number, FactUnit.Number, true, node.Value);
            }
        }

        public BoundExpr? VisitBoolean(BooleanLiteral node) => new BoundLiteral(node, FactKind.Boolean, FactUnit.None, false, node.Value);

        public BoundExpr? VisitText(TextLiteral node) => new BoundLiteral(node, FactKind.Text, FactUnit.None, false, node.Value);

        public BoundExpr? VisitPath(PathExpr node)
        {
            var path = FactPathResolver.Resolve(node, _scope, allowIntoList: false, _diagnostics, _scopeName);
            if (path is null) return null;
            var member = path.Last;
            if (member.Kind == FactKind.Collection)
            {
                _diagnostics.Report(DiagnosticCatalog.NotACollection, node.Span,
                    $"`{node.Text}` is a list; read it with an aggregate such as `count({node.Text})` or `percent({node.Text} where ...)`");
                return null;
            }

            if (member.Kind == FactKind.Record)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Span,
                    $"`{node.Text}` is a group of fields ({string.Join(", ", member.ElementType!.Members.Select(m => m.Name))}); name one of them");
                return null;
            }

            return new BoundField(node, path);
        }

        public BoundExpr? VisitUnary(UnaryExpr node)
        {
            var operand = node.Operand.Accept(this);
            if (operand is null) return null;
            if (node.Operator == UnaryOperator.Not)
            {
                return RequireBoolean(node.Operand, operand, "`not`") ? new BoundUnary(node, operand, FactKind.Boolean, FactUnit.None, false) : null;
            }

            if (operand.Kind != FactKind.Number)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Span, $"`-` needs a number, but `{node.Operand}` is {TypeText.Describe(operand)}");
                return null;
            }

            return new BoundUnary(node, operand, FactKind.Number, operand.Unit, operand.IsPlainLiteral);
        }

        public BoundExpr? VisitBinary(BinaryExpr node)
        {
            var left = node.Left.Accept(this);
            var right = node.Right.Accept(this);
            if (left is null || right is null) return null;
            switch (node.Operator)
            {
                case BinaryOperator.And:
                case BinaryOperator.Or:
                    bool ok = RequireBoolean(node.Left, left, $"`{Word(node.Operator)}`") & RequireBoolean(node.Right, right, $"`{Word(node.Operator)}`");
                    return ok ? new BoundBinary(node, left, right, FactKind.Boolean, FactUnit.None, false) : null;
                case BinaryOperator.Add:
                case BinaryOperator.Subtract:
                case BinaryOperator.Multiply:
                case BinaryOperator.Divide:
                    return Arithmetic(node, left, right);
                default:
                    return Compare(node, left, right, node.Operator) ? new BoundBinary(node, left, right, FactKind.Boolean, FactUnit.None, false) : null;
            }
        }

        public BoundExpr? VisitBetween(BetweenExpr node)
        {
            var value = node.Value.Accept(this);
            var low = node.Low.Accept(this);
            var high = node.High.Accept(this);
            if (value is null || low is null || high is null) return null;
            bool ok = Compare(node, value, low, BinaryOperator.GreaterOrEqual)
                & Compare(node, value, high, BinaryOperator.LessOrEqual);
            return ok ? new BoundBetween(node, value, low, high) : null;
        }

        public BoundExpr? VisitIn(InExpr node)
        {
            var value = node.Value.Accept(this);
            bool ok = value != null;
            var items = new List<BoundExpr>();
            foreach (var item in node.Items)
            {
                var bound = item.Accept(this);
                if (bound is null) ok = false;
                else
                {
                    items.Add(bound);
                    if (ok) ok &= Compare(node, value!, bound, BinaryOperator.Equal);
                }
            }

            return ok ? new BoundIn(node, value!, items) : null;
        }

        public BoundExpr? VisitAggregate(AggregateExpr node)
        {
            var path = FactPathResolver.Resolve(node.Source, _scope, allowIntoList: true, _diagnostics, _scopeName);
            if (path is null) return null;
            var list = path.Members[path.Members.Count - 1];
            if (list.Kind != FactKind.Collection)
            {
                _diagnostics.Report(DiagnosticCatalog.NotACollection, node.Source.Span,
                    $"`{Name(node.Kind)}` works over a list of records, but `{node.Source.Text}` is {TypeText.Describe(list)}");
                return null;
            }

            bool ok = true;
            BoundExpr? filter = null;
            if (node.Filter != null)
            {
                filter = node.Filter.Accept(new ExpressionBinder(list.ElementType!, _diagnostics, $"each record of `{string.Join(".", path.Members.Select(m => m.Name))}`"));
                ok = filter != null && RequireBoolean(node.Filter, filter, "`where`");
            }

            if (node.Kind == AggregateKind.Count || node.Kind == AggregateKind.Percent)
            {
                if (path.ElementMembers.Count > 0)
                {
                    _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Source.Span,
                        $"`{Name(node.Kind)}` counts records, so name the list only (`{string.Join(".", path.Members.Select(m => m.Name))}`) and put conditions after `where`");
                    return null;
                }

                return ok ? new BoundAggregate(node, path, filter, node.Kind == AggregateKind.Count ? FactUnit.Count : FactUnit.Percent) : null;
            }

            if (path.ElementMembers.Count == 0 || path.Last.Kind != FactKind.Number)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, node.Source.Span,
                    $"`{Name(node.Kind)}` needs a number field of each record, such as `{Name(node.Kind)}({node.Source.Text}.{list.ElementType!.Members.Where(m => m.Kind == FactKind.Number).Select(m => m.Name).FirstOrDefault() ?? "field"})`");
                return null;
            }

            return ok ? new BoundAggregate(node, path, filter, path.Last.Unit) : null;
        }

        private bool Compare(Expr whole, BoundExpr left, BoundExpr right, BinaryOperator op)
        {
            var leftExpr = left.Syntax;
            var rightExpr = right.Syntax;
            if (left.Kind != right.Kind)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, whole.Span,
                    $"cannot compare `{leftExpr}` ({TypeText.Describe(left)}) with `{rightExpr}` ({TypeText.Describe(right)})");
                return false;
            }

            bool ordering = op != BinaryOperator.Equal && op != BinaryOperator.NotEqual;
            if (ordering && left.Kind != FactKind.Number && left.Kind != FactKind.Date)
            {
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, whole.Span,
                    $"`{leftExpr}` is {TypeText.Describe(left)}, which can only be compared with `==` or `!=`");
                return false;
            }

            if (left.Kind == FactKind.Number && !UnitsMatch(left, right))
            {
                _diagnostics.Report(DiagnosticCatalog.UnitMismatch, rightExpr.Span,
                    $"`{leftExpr}` is {TypeText.Describe(left)} but `{rightExpr}` is {TypeText.Describe(right)}{UnitHint(left, rightExpr)}");
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
                    $"`{threshold}` is not a value `{member.Name}` can take{Suggestions.Hint(text.Value, member.AllowedValues)} (values: {string.Join(", ", member.AllowedValues)})");
                return false;
            }

            return true;
        }

        private BoundExpr? Arithmetic(BinaryExpr node, BoundExpr left, BoundExpr right)
        {
            if (left.Kind != FactKind.Number || right.Kind != FactKind.Number)
            {
                var bad = left.Kind != FactKind.Number ? node.Left : node.Right;
                _diagnostics.Report(DiagnosticCatalog.TypeMismatch, bad.Span,
                    $"arithmetic needs numbers, but `{bad}` is {TypeText.Describe(left.Kind != FactKind.Number ? left : right)}");
                return null;
            }

            bool additive = node.Operator == BinaryOperator.Add || node.Operator == BinaryOperator.Subtract;
            if (additive)
            {
                if (!UnitsMatch(left, right))
                {
                    _diagnostics.Report(DiagnosticCatalog.UnitMismatch, node.Span,
                        $"cannot add or subtract {TypeText.Describe(left)} (`{node.Left}`) and {TypeText.Describe(right)} (`{node.Right}`)");
                    return null;
                }

                return left.IsPlainLiteral ? Number(node, left, right, right.Unit, right.IsPlainLiteral) : Number(node, left, right, left.Unit, false);
            }

            if (left.IsPlainLiteral) return right.IsPlainLiteral ? Number(node, left, right, left.Unit, true) : Number(node, left, right, right.Unit, false);
            if (right.IsPlainLiteral) return Number(node, left, right, left.Unit, false);
            if (node.Operator == BinaryOperator.Divide && UnitsMatch(left, right)) return Number(node, left, right, FactUnit.Number, false);
            _diagnostics.Report(DiagnosticCatalog.UnitMismatch, node.Span,
                $"cannot {(node.Operator == BinaryOperator.Multiply ? "multiply" : "divide")} {TypeText.Describe(left)} (`{node.Left}`) by {TypeText.Describe(right)} (`{node.Right}`)");
            return null;
        }

        private static BoundExpr Number(BinaryExpr node, BoundExpr left, BoundExpr right, FactUnit unit, bool plain) =>
            new BoundBinary(node, left, right, FactKind.Number, unit, plain);

        private bool RequireBoolean(Expr expr, BoundExpr type, string what)
        {
            if (type.Kind == FactKind.Boolean) return true;
            _diagnostics.Report(DiagnosticCatalog.NotACondition, expr.Span, $"{what} needs yes/no conditions, but `{expr}` is {TypeText.Describe(type)}");
            return false;
        }

        private static bool UnitsMatch(BoundExpr a, BoundExpr b)
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

        private static string UnitHint(BoundExpr field, Expr other)
        {
            if (other is NumberLiteral literal && literal.Unit == LiteralUnit.None)
            {
                switch (field.Unit)
                {
                    case FactUnit.Percent: return $"; write `{literal}%`";
                    case FactUnit.Ratio: return $"; write `1:{literal}`";
                    case FactUnit.Days: return $"; write `{literal} days`";
                }
            }

            return string.Empty;
        }

        private static string Word(BinaryOperator op) => op == BinaryOperator.And ? "and" : "or";

        private static string Name(AggregateKind kind) => kind.ToString().ToLowerInvariant();
    }
}
