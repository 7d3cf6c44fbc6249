using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Standards.Engine.Evaluation;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Compiles a bound expression into a LINQ expression tree over the C# fact types, with three-valued
    /// results: <c>bool?</c> for conditions and <c>double?</c> for numbers (null is unknown). Paths are not
    /// resolved here: each <see cref="BoundField"/> already carries its chain of fact members. Aggregate filters
    /// and selectors are capture-free, so they are compiled once and embedded as constants. With a
    /// <see cref="TraceLayout"/>, every node outside aggregate filters also records its value in a
    /// <see cref="ConditionTrace"/>.
    /// </summary>
    internal sealed class ConditionCompiler : IBoundExprVisitor<LinqExpression>
    {
        private static readonly MethodInfo[] Truth = typeof(TruthOps).GetMethods(BindingFlags.Public | BindingFlags.Static);
        private static readonly MethodInfo RecordMethod = typeof(ConditionTrace).GetMethod(nameof(ConditionTrace.Record))!;
        private readonly LinqExpression _scope;
        private readonly TraceLayout? _layout;
        private readonly ParameterExpression? _trace;

        private ConditionCompiler(LinqExpression scope, TraceLayout? layout = null, ParameterExpression? trace = null)
        {
            _scope = scope;
            _layout = layout;
            _trace = trace;
        }

        /// <summary>The LINQ body of a condition over <paramref name="root"/> (the evidence), giving <c>bool?</c>.</summary>
        public static LinqExpression ConditionBody(BoundExpr condition, LinqExpression root) =>
            AsBoolean(new ConditionCompiler(root).Visit(condition));

        /// <summary>The LINQ body of a number over <paramref name="root"/> (the evidence), giving <c>double?</c>.</summary>
        public static LinqExpression NumberBody(BoundExpr expr, LinqExpression root) =>
            AsNumber(new ConditionCompiler(root).Visit(expr));

        /// <summary>
        /// True when the host asked (runtime option <c>Standards.InterpretConditions</c>) for conditions to be interpreted
        /// rather than compiled to IL: a one-shot command rates once, so it skips generating and JIT-compiling code it runs only once.
        /// </summary>
        public static bool Interpret { get; } = AppContext.TryGetSwitch("Standards.InterpretConditions", out var on) && on;

        /// <summary>Compiles a condition to a delegate over the root fact.</summary>
        public static Func<TRoot, bool?> CompileCondition<TRoot>(BoundExpr condition)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            return LinqExpression.Lambda<Func<TRoot, bool?>>(ConditionBody(condition, parameter), parameter).Compile(Interpret);
        }

        /// <summary>Compiles a numeric expression (a measure) to a delegate over the root fact.</summary>
        public static Func<TRoot, double?> CompileNumber<TRoot>(BoundExpr expr)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            return LinqExpression.Lambda<Func<TRoot, double?>>(NumberBody(expr, parameter), parameter).Compile(Interpret);
        }

        /// <summary>Compiles an expression that records the value of every node of <paramref name="layout"/> as it evaluates.</summary>
        public static Action<TRoot, ConditionTrace> CompileTraced<TRoot>(TraceLayout layout)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            var trace = LinqExpression.Parameter(typeof(ConditionTrace), "trace");
            var body = new ConditionCompiler(parameter, layout, trace).Visit(layout.Root);
            return LinqExpression.Lambda<Action<TRoot, ConditionTrace>>(body, parameter, trace).Compile();
        }

        private LinqExpression Visit(BoundExpr node)
        {
            var value = node.Accept(this);
            if (_layout is null || _trace is null) return value;
            var index = _layout.IndexOf(node);
            return index < 0 ? value : LinqExpression.Call(_trace, RecordMethod.MakeGenericMethod(value.Type), LinqExpression.Constant(index), value);
        }

        public LinqExpression VisitLiteral(BoundLiteral node)
        {
            switch (node.Value)
            {
                case double number: return LinqExpression.Constant(number, typeof(double?));
                case bool flag: return LinqExpression.Constant(flag, typeof(bool?));
                default: return LinqExpression.Constant((string)node.Value, typeof(string));
            }
        }

        public LinqExpression VisitField(BoundField node) => FieldAccess.Read(_scope, node.Path.Members.Concat(node.Path.ElementMembers).ToList());

        public LinqExpression VisitUnary(BoundUnary node)
        {
            var operand = Visit(node.Operand);
            return node.Operator == UnaryOperator.Not
                ? Call(nameof(TruthOps.Not), AsBoolean(operand))
                : LinqExpression.Negate(AsNumber(operand));
        }

        public LinqExpression VisitBinary(BoundBinary node)
        {
            var left = Visit(node.Left);
            var right = Visit(node.Right);
            switch (node.Operator)
            {
                case BinaryOperator.And: return Call(nameof(TruthOps.And), AsBoolean(left), AsBoolean(right));
                case BinaryOperator.Or: return Call(nameof(TruthOps.Or), AsBoolean(left), AsBoolean(right));
                case BinaryOperator.Add: return LinqExpression.Add(AsNumber(left), AsNumber(right));
                case BinaryOperator.Subtract: return LinqExpression.Subtract(AsNumber(left), AsNumber(right));
                case BinaryOperator.Multiply: return LinqExpression.Multiply(AsNumber(left), AsNumber(right));
                case BinaryOperator.Divide: return Call(nameof(TruthOps.Divide), AsNumber(left), AsNumber(right));
                default: return Compare(node.Operator, left, right);
            }
        }

        public LinqExpression VisitBetween(BoundBetween node)
        {
            var value = Visit(node.Value);
            return Call(nameof(TruthOps.And),
                Compare(BinaryOperator.GreaterOrEqual, value, Visit(node.Low)),
                Compare(BinaryOperator.LessOrEqual, value, Visit(node.High)));
        }

        public LinqExpression VisitIn(BoundIn node)
        {
            var value = Visit(node.Value);
            LinqExpression result = LinqExpression.Constant(false, typeof(bool?));
            foreach (var item in node.Items)
            {
                result = Call(nameof(TruthOps.Or), result, Compare(BinaryOperator.Equal, value, Visit(item)));
            }

            return result;
        }

        public LinqExpression VisitAggregate(BoundAggregate node)
        {
            var list = FieldAccess.Read(_scope, node.Source.Members);
            var elementClr = FieldAccess.ElementClrType(list.Type);
            var item = LinqExpression.Parameter(elementClr, "item");
            var filterType = typeof(Func<,>).MakeGenericType(elementClr, typeof(bool?));
            var filter = node.Filter is null
                ? LinqExpression.Constant(null, filterType)
                : LinqExpression.Constant(LinqExpression.Lambda(filterType, AsBoolean(new ConditionCompiler(item).Visit(node.Filter)), item).Compile(), filterType);
            var enumerable = LinqExpression.Convert(list, typeof(IEnumerable<>).MakeGenericType(elementClr));
            var name = node.Aggregate.ToString();
            var method = typeof(AggregateOps).GetMethod(name)!.MakeGenericMethod(elementClr);
            if (node.Aggregate == AggregateKind.Count || node.Aggregate == AggregateKind.Percent)
            {
                return LinqExpression.Call(method, enumerable, filter);
            }

            var valueType = typeof(Func<,>).MakeGenericType(elementClr, typeof(double?));
            var selector = LinqExpression.Lambda(valueType, AsNumber(FieldAccess.Read(item, node.Source.ElementMembers)), item).Compile();
            return LinqExpression.Call(method, enumerable, filter, LinqExpression.Constant(selector, valueType));
        }

        private static LinqExpression Compare(BinaryOperator op, LinqExpression left, LinqExpression right)
        {
            LinqExpression result;
            if (left.Type == typeof(string) || right.Type == typeof(string))
            {
                result = Call(nameof(TruthOps.EqualText), left, right);
            }
            else if (left.Type == typeof(bool?) || right.Type == typeof(bool?))
            {
                result = Call(nameof(TruthOps.EqualBoolean), AsBoolean(left), AsBoolean(right));
            }
            else
            {
                switch (op)
                {
                    case BinaryOperator.Less: return Call(nameof(TruthOps.Less), AsNumber(left), AsNumber(right));
                    case BinaryOperator.LessOrEqual: return Call(nameof(TruthOps.LessOrEqual), AsNumber(left), AsNumber(right));
                    case BinaryOperator.Greater: return Call(nameof(TruthOps.Greater), AsNumber(left), AsNumber(right));
                    case BinaryOperator.GreaterOrEqual: return Call(nameof(TruthOps.GreaterOrEqual), AsNumber(left), AsNumber(right));
                    default: result = Call(nameof(TruthOps.EqualNumber), AsNumber(left), AsNumber(right)); break;
                }
            }

            return op == BinaryOperator.NotEqual ? Call(nameof(TruthOps.Not), result) : result;
        }

        private static LinqExpression AsBoolean(LinqExpression e) => e.Type == typeof(bool?) ? e : LinqExpression.Convert(e, typeof(bool?));

        private static LinqExpression AsNumber(LinqExpression e) => e.Type == typeof(double?) ? e : LinqExpression.Convert(e, typeof(double?));

        private static LinqExpression Call(string name, params LinqExpression[] args) =>
            LinqExpression.Call(Truth.First(m => m.Name == name), args);
    }
}
