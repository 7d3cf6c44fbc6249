using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Text;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Compiles a bound rule expression into a LINQ expression tree over the C# fact types, with
    /// three-valued results: <c>bool?</c> for conditions and <c>double?</c> for numbers (null is unknown).
    /// Only expressions the binder accepted are compiled; anything else is a bug and throws.
    /// </summary>
    internal sealed class ConditionCompiler : IExprVisitor<LinqExpression>
    {
        private static readonly MethodInfo[] Truth = typeof(TruthOps).GetMethods(BindingFlags.Public | BindingFlags.Static);
        private readonly LinqExpression _scope;
        private readonly FactType _scopeType;

        private ConditionCompiler(LinqExpression scope, FactType scopeType)
        {
            _scope = scope;
            _scopeType = scopeType;
        }

        /// <summary>Compiles a condition to a delegate over the root fact.</summary>
        public static Func<TRoot, bool?> CompileCondition<TRoot>(Expr condition, FactType rootType)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            var body = condition.Accept(new ConditionCompiler(parameter, rootType));
            return LinqExpression.Lambda<Func<TRoot, bool?>>(AsBoolean(body), parameter).Compile();
        }

        /// <summary>The three-valued condition as an expression body over <paramref name="root"/>, for embedding in a rule.</summary>
        public static LinqExpression ConditionBody(Expr condition, FactType rootType, LinqExpression root) =>
            AsBoolean(condition.Accept(new ConditionCompiler(root, rootType)));

        /// <summary>The numeric expression as an expression body over <paramref name="root"/>, for embedding in a rule.</summary>
        public static LinqExpression NumberBody(Expr expr, FactType rootType, LinqExpression root) =>
            AsNumber(expr.Accept(new ConditionCompiler(root, rootType)));

        /// <summary>Compiles a numeric expression (a measure) to a delegate over the root fact.</summary>
        public static Func<TRoot, double?> CompileNumber<TRoot>(Expr expr, FactType rootType)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            var body = expr.Accept(new ConditionCompiler(parameter, rootType));
            return LinqExpression.Lambda<Func<TRoot, double?>>(AsNumber(body), parameter).Compile();
        }

        /// <summary>Compiles a path to a getter returning the evidence value as an object (null when absent), for explanations.</summary>
        public static Func<TRoot, object?> CompileGetter<TRoot>(PathExpr path, FactType rootType)
        {
            var parameter = LinqExpression.Parameter(typeof(TRoot), "evidence");
            var body = new ConditionCompiler(parameter, rootType).VisitPath(path);
            return LinqExpression.Lambda<Func<TRoot, object?>>(LinqExpression.Convert(body, typeof(object)), parameter).Compile();
        }

        public LinqExpression VisitNumber(NumberLiteral node) => LinqExpression.Constant(node.Value, typeof(double?));

        public LinqExpression VisitBoolean(BooleanLiteral node) => LinqExpression.Constant(node.Value, typeof(bool?));

        public LinqExpression VisitText(TextLiteral node) => LinqExpression.Constant(node.Value, typeof(string));

        public LinqExpression VisitPath(PathExpr node)
        {
            var path = Resolve(node, allowIntoList: false);
            return Access(_scope, path.Members);
        }

        public LinqExpression VisitUnary(UnaryExpr node)
        {
            var operand = node.Operand.Accept(this);
            return node.Operator == UnaryOperator.Not
                ? Call(nameof(TruthOps.Not), AsBoolean(operand))
                : LinqExpression.Negate(AsNumber(operand));
        }

        public LinqExpression VisitBinary(BinaryExpr node)
        {
            var left = node.Left.Accept(this);
            var right = node.Right.Accept(this);
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

        public LinqExpression VisitBetween(BetweenExpr node)
        {
            var value = node.Value.Accept(this);
            return Call(nameof(TruthOps.And),
                Compare(BinaryOperator.GreaterOrEqual, value, node.Low.Accept(this)),
                Compare(BinaryOperator.LessOrEqual, value, node.High.Accept(this)));
        }

        public LinqExpression VisitIn(InExpr node)
        {
            var value = node.Value.Accept(this);
            LinqExpression result = LinqExpression.Constant(false, typeof(bool?));
            foreach (var item in node.Items)
            {
                result = Call(nameof(TruthOps.Or), result, Compare(BinaryOperator.Equal, value, item.Accept(this)));
            }

            return result;
        }

        public LinqExpression VisitAggregate(AggregateExpr node)
        {
            var path = Resolve(node.Source, allowIntoList: true);
            var list = Access(_scope, path.Members);
            var listMember = path.Members[path.Members.Count - 1];
            var elementClr = ElementClrType(list.Type);
            var item = LinqExpression.Parameter(elementClr, "item");
            var filterType = typeof(Func<,>).MakeGenericType(elementClr, typeof(bool?));
            LinqExpression filter = node.Filter is null
                ? (LinqExpression)LinqExpression.Constant(null, filterType)
                : LinqExpression.Lambda(filterType, AsBoolean(node.Filter.Accept(new ConditionCompiler(item, listMember.ElementType!))), item);
            var enumerable = LinqExpression.Convert(list, typeof(IEnumerable<>).MakeGenericType(elementClr));
            var name = node.Kind.ToString();
            if (node.Kind == AggregateKind.Count || node.Kind == AggregateKind.Percent)
            {
                return LinqExpression.Call(typeof(AggregateOps).GetMethod(name)!.MakeGenericMethod(elementClr), enumerable, filter);
            }

            var valueType = typeof(Func<,>).MakeGenericType(elementClr, typeof(double?));
            var selector = LinqExpression.Lambda(valueType, AsNumber(Access(item, path.ElementMembers)), item);
            return LinqExpression.Call(typeof(AggregateOps).GetMethod(name)!.MakeGenericMethod(elementClr), enumerable, filter, selector);
        }

        private FactPath Resolve(PathExpr node, bool allowIntoList)
        {
            var diagnostics = new DiagnosticBag();
            return FactPathResolver.Resolve(node, _scopeType, allowIntoList, diagnostics)
                ?? throw new InvalidOperationException($"the path `{node.Text}` was compiled without being bound: {diagnostics.ToSortedList().FirstOrDefault()}");
        }

        private static LinqExpression Access(LinqExpression start, IReadOnlyList<FactMember> members)
        {
            var variables = new List<ParameterExpression>();
            var statements = new List<LinqExpression>();
            var returnTarget = LinqExpression.Label(ResultType(members, start));
            var current = start;
            for (int i = 0; i < members.Count; i++)
            {
                if (!current.Type.IsValueType)
                {
                    statements.Add(LinqExpression.IfThen(LinqExpression.Equal(current, LinqExpression.Constant(null, current.Type)),
                        LinqExpression.Return(returnTarget, LinqExpression.Default(returnTarget.Type))));
                }

                var property = current.Type.GetProperty(members[i].ClrName)
                    ?? throw new InvalidOperationException($"the fact type {current.Type.Name} has no property {members[i].ClrName}");
                var variable = LinqExpression.Variable(property.PropertyType, members[i].Name);
                variables.Add(variable);
                statements.Add(LinqExpression.Assign(variable, LinqExpression.Property(current, property)));
                current = variable;
            }

            statements.Add(LinqExpression.Label(returnTarget, Normalise(current)));
            return LinqExpression.Block(returnTarget.Type, variables, statements);
        }

        private static Type ResultType(IReadOnlyList<FactMember> members, LinqExpression start)
        {
            var type = start.Type;
            foreach (var member in members) type = type.GetProperty(member.ClrName)!.PropertyType;
            return Normalise(LinqExpression.Default(type)).Type;
        }

        private static LinqExpression Normalise(LinqExpression value)
        {
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            if (type == typeof(bool)) return LinqExpression.Convert(value, typeof(bool?));
            if (type == typeof(double) || type == typeof(int) || type == typeof(long) || type == typeof(decimal)) return LinqExpression.Convert(value, typeof(double?));
            if (type == typeof(DateTime))
            {
                var ticks = LinqExpression.Convert(LinqExpression.Property(LinqExpression.Convert(value, typeof(DateTime)), nameof(DateTime.Ticks)), typeof(double?));
                return value.Type == typeof(DateTime)
                    ? ticks
                    : LinqExpression.Condition(LinqExpression.Property(value, "HasValue"), ticks, LinqExpression.Constant(null, typeof(double?)));
            }

            return value;
        }

        private static Type ElementClrType(Type listType)
        {
            if (listType.IsArray) return listType.GetElementType()!;
            return listType.GetInterfaces().Concat(new[] { listType })
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .GetGenericArguments()[0];
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
