using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;

namespace Standards.Benchmarks
{
    /// <summary>
    /// Translates a bound rule expression (the <see cref="Expr"/> AST) into a System.Linq.Dynamic.Core
    /// expression string, as Microsoft RulesEngine evaluates it, over a parameter such as <c>input1</c>
    /// of type <c>PduEvidence</c>.
    /// </summary>
    /// <remarks>
    /// The translation is two-valued: RulesEngine rules succeed or fail, so evidence the Standards engine
    /// would call unknown becomes false here (a nullable yes/no field is read as <c>field == true</c>), and
    /// a missing parent record makes RulesEngine report an exception rather than an unknown outcome.
    /// For fully populated evidence the two agree; the benchmark checks that they do before timing.
    /// Other differences, none reached by the reference rulebook: <c>x / 0</c> is infinity or NaN rather
    /// than unknown, and <c>percent</c>, <c>mean</c>, <c>min</c> and <c>max</c> over an empty list give NaN
    /// or null rather than unknown; <c>min</c>, <c>max</c>, <c>mean</c> and <c>sum</c> skip records whose
    /// value is missing (LINQ's nullable aggregates) where the Standards engine makes the result unknown.
    /// </remarks>
    public sealed class DynamicLinqTranslator : IBoundExprVisitor<DynamicLinqTranslator.Translation>
    {
        private readonly string _scope;
        private readonly int _depth;

        private DynamicLinqTranslator(string scope, int depth)
        {
            _scope = scope;
            _depth = depth;
        }

        /// <summary>What a translated piece of text evaluates to.</summary>
        public enum ValueKind
        {
            /// <summary><c>bool</c>: the result of a comparison, a logical operator or a literal.</summary>
            Boolean,

            /// <summary><c>bool?</c>: a yes/no evidence field read as it is.</summary>
            NullableBoolean,

            /// <summary>A number (<c>double</c>, <c>double?</c> or <c>int</c> from a count).</summary>
            Number,

            /// <summary>A string.</summary>
            Text,

            /// <summary>A date or anything else read as it is.</summary>
            Other,
        }

        /// <summary>Dynamic LINQ text and what it evaluates to.</summary>
        public readonly struct Translation
        {
            public Translation(string text, ValueKind kind)
            {
                Text = text;
                Kind = kind;
            }

            public string Text { get; }

            public ValueKind Kind { get; }
        }

        /// <summary>Translates a characteristic's condition to a Dynamic LINQ predicate over <paramref name="parameter"/>.</summary>
        public static string TranslateCondition(BoundExpr condition, string parameter = "input1") =>
            AsCondition(condition.Accept(new DynamicLinqTranslator(parameter, 0)));

        /// <summary>Translates a numeric expression (a domain-two measure) to Dynamic LINQ over <paramref name="parameter"/>.</summary>
        public static string TranslateNumber(BoundExpr expr, string parameter = "input1")
        {
            var translation = expr.Accept(new DynamicLinqTranslator(parameter, 0));
            if (translation.Kind != ValueKind.Number) throw new NotSupportedException($"`{expr}` is not a number");
            return translation.Text;
        }

        public Translation VisitLiteral(BoundLiteral node)
        {
            switch (node.Value)
            {
                case double number: return new Translation(Number(number), ValueKind.Number);
                case bool flag: return new Translation(flag ? "true" : "false", ValueKind.Boolean);
                default: return Text((string)node.Value);
            }
        }

        private static Translation Text(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                if (c == '"' || c == '\\') sb.Append('\\');
                sb.Append(c);
            }

            return new Translation(sb.Append('"').ToString(), ValueKind.Text);
        }

        public Translation VisitField(BoundField node)
        {
            var path = node.Path;
            return new Translation(Access(_scope, path.Members.Concat(path.ElementMembers).ToList()), KindOf(path.Last));
        }

        public Translation VisitUnary(BoundUnary node)
        {
            var operand = node.Operand.Accept(this);
            return node.Operator == UnaryOperator.Not
                ? new Translation("!" + AsCondition(operand), ValueKind.Boolean)
                : new Translation("-(" + operand.Text + ")", ValueKind.Number);
        }

        public Translation VisitBinary(BoundBinary node)
        {
            var left = node.Left.Accept(this);
            var right = node.Right.Accept(this);
            switch (node.Operator)
            {
                case BinaryOperator.And: return new Translation($"({AsCondition(left)} && {AsCondition(right)})", ValueKind.Boolean);
                case BinaryOperator.Or: return new Translation($"({AsCondition(left)} || {AsCondition(right)})", ValueKind.Boolean);
                case BinaryOperator.Add: return Arithmetic("+", left, right);
                case BinaryOperator.Subtract: return Arithmetic("-", left, right);
                case BinaryOperator.Multiply: return Arithmetic("*", left, right);
                case BinaryOperator.Divide: return Arithmetic("/", left, right);
                default: return Compare(node.Operator, left, right);
            }
        }

        public Translation VisitBetween(BoundBetween node)
        {
            var value = node.Value.Accept(this);
            var low = Compare(BinaryOperator.GreaterOrEqual, value, node.Low.Accept(this));
            var high = Compare(BinaryOperator.LessOrEqual, value, node.High.Accept(this));
            return new Translation($"({low.Text} && {high.Text})", ValueKind.Boolean);
        }

        public Translation VisitIn(BoundIn node)
        {
            if (node.Items.Count == 0) return new Translation("false", ValueKind.Boolean);
            var value = node.Value.Accept(this);
            var items = node.Items.Select(i => Compare(BinaryOperator.Equal, value, i.Accept(this)).Text);
            return new Translation("(" + string.Join(" || ", items) + ")", ValueKind.Boolean);
        }

        public Translation VisitAggregate(BoundAggregate node)
        {
            var path = node.Source;
            var list = Access(_scope, path.Members);
            var item = "x" + _depth.ToString(CultureInfo.InvariantCulture);
            string? filter = node.Filter is null
                ? null
                : AsCondition(node.Filter.Accept(new DynamicLinqTranslator(item, _depth + 1)));
            string lambda = filter is null ? string.Empty : $"{item} => {filter}";
            switch (node.Aggregate)
            {
                case AggregateKind.Count:
                    return new Translation($"{list}.Count({lambda})", ValueKind.Number);
                case AggregateKind.Percent:
                    // The Standards engine rounds a percentage to 6 decimal places.
                    return new Translation($"Math.Round({list}.Count({lambda}) * 100.0 / {list}.Count(), 6)", ValueKind.Number);
                default:
                    var filtered = filter is null ? list : $"{list}.Where({lambda})";
                    var value = Access(item, path.ElementMembers);
                    var method = node.Aggregate == AggregateKind.Mean ? "Average" : node.Aggregate.ToString();
                    return new Translation($"{filtered}.{method}({item} => {value})", ValueKind.Number);
            }
        }

        /// <summary>Makes a translation usable where a <c>bool</c> is needed: a nullable yes/no field is read as <c>== true</c>.</summary>
        private static string AsCondition(Translation translation)
        {
            switch (translation.Kind)
            {
                case ValueKind.Boolean: return translation.Text;
                case ValueKind.NullableBoolean: return "(" + translation.Text + " == true)";
                default: throw new NotSupportedException($"`{translation.Text}` is not a condition");
            }
        }

        private static Translation Arithmetic(string op, Translation left, Translation right) =>
            new Translation($"({left.Text} {op} {right.Text})", ValueKind.Number);

        private static Translation Compare(BinaryOperator op, Translation left, Translation right)
        {
            string symbol = op switch
            {
                BinaryOperator.Equal => "==",
                BinaryOperator.NotEqual => "!=",
                BinaryOperator.Less => "<",
                BinaryOperator.LessOrEqual => "<=",
                BinaryOperator.Greater => ">",
                BinaryOperator.GreaterOrEqual => ">=",
                _ => throw new NotSupportedException("not a comparison: " + op),
            };
            return new Translation($"({left.Text} {symbol} {right.Text})", ValueKind.Boolean);
        }

        private static string Access(string start, System.Collections.Generic.IReadOnlyList<FactMember> members) =>
            members.Count == 0 ? start : start + "." + string.Join(".", members.Select(m => m.ClrName));

        private static ValueKind KindOf(FactMember member)
        {
            switch (member.Kind)
            {
                case FactKind.Boolean: return ValueKind.NullableBoolean;
                case FactKind.Number: return ValueKind.Number;
                case FactKind.Text: return ValueKind.Text;
                default: return ValueKind.Other;
            }
        }

        /// <summary>A double literal Dynamic LINQ reads as a <c>double</c> (always with a decimal point, never an exponent).</summary>
        private static string Number(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.IndexOf('E') >= 0) text = value.ToString("0.0###################", CultureInfo.InvariantCulture);
            return text.IndexOf('.') >= 0 ? text : text + ".0";
        }
    }
}
