using System;
using System.Collections.Generic;
using System.Reflection;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// Builds the kernel's expression for one bound condition or measure, in the representation of
    /// <see cref="KernelValues"/>. At the evidence root, records come from the shared <see cref="RecordReads"/>;
    /// inside an aggregate filter they are read from the record with null checks, once per record. Aggregates become
    /// <see cref="ListScan"/>s, one pass per list.
    /// </summary>
    internal sealed class KernelExpressionBuilder : IBoundExprVisitor<LinqExpression>
    {
        private static readonly MethodInfo Min = typeof(Math).GetMethod(nameof(Math.Min), new[] { typeof(int), typeof(int) })!;
        private static readonly MethodInfo Max = typeof(Math).GetMethod(nameof(Math.Max), new[] { typeof(int), typeof(int) })!;
        private static readonly MethodInfo FromFlag = typeof(KernelValues).GetMethod(nameof(KernelValues.FromFlag))!;
        private static readonly MethodInfo FromDate = typeof(KernelValues).GetMethod(nameof(KernelValues.FromDate))!;
        private static readonly MethodInfo EqualText = typeof(KernelValues).GetMethod(nameof(KernelValues.EqualText))!;
        private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), new[] { typeof(double) })!;
        private readonly RecordReads? _records;
        private readonly ItemScope? _scope;

        private KernelExpressionBuilder(RecordReads? records, ItemScope? scope)
        {
            _records = records;
            _scope = scope;
        }

        /// <summary>A builder at the evidence root, sharing <paramref name="records"/>.</summary>
        public static KernelExpressionBuilder AtRoot(RecordReads records) => new KernelExpressionBuilder(records, null);

        /// <summary>A builder inside an aggregate, over the current record of <paramref name="scope"/>, sharing its fields and comparisons.</summary>
        public static KernelExpressionBuilder InRecord(ItemScope scope) => new KernelExpressionBuilder(null, scope);

        /// <summary>The expression for <paramref name="node"/>: an int truth value, a double or a string.</summary>
        public LinqExpression Build(BoundExpr node) => node.Accept(this);

        /// <summary>The object at the end of <paramref name="members"/> in this scope, or null.</summary>
        public LinqExpression Object(IReadOnlyList<FactMember> members)
        {
            if (_records != null) return _records.Object(members, members.Count);
            var type = _scope!.Item.Type;
            foreach (var member in members) type = type.GetProperty(member.ClrName)!.PropertyType;
            return Chain(_scope.Item, members, 0, (owner, property) => LinqExpression.Property(owner, property), LinqExpression.Constant(null, type), type);
        }

        public LinqExpression VisitLiteral(BoundLiteral node) => node.Value switch
        {
            double number => LinqExpression.Constant(number),
            bool flag => flag ? KernelValues.TrueConstant : KernelValues.FalseConstant,
            _ => LinqExpression.Constant((string)node.Value, typeof(string)),
        };

        public LinqExpression VisitField(BoundField node)
        {
            var members = new List<FactMember>(node.Path.Members);
            members.AddRange(node.Path.ElementMembers);
            var unknown = KernelValues.UnknownOf(node.Kind);
            if (_scope != null) return _scope.Shared(node.Text, () => Chain(_scope.Item, members, 0, Leaf, unknown, unknown.Type));
            var owner = _records!.Object(members, members.Count - 1);
            return Guard(owner, Leaf(owner, Property(owner, members[members.Count - 1])), unknown);
        }

        public LinqExpression VisitUnary(BoundUnary node)
        {
            var operand = Build(node.Operand);
            return node.Operator == UnaryOperator.Not
                ? LinqExpression.Subtract(KernelValues.TrueConstant, operand)
                : LinqExpression.Negate(operand);
        }

        public LinqExpression VisitBinary(BoundBinary node) =>
            _scope != null && node.IsComparison ? _scope.Shared(node.Text, () => Binary(node)) : Binary(node);

        private LinqExpression Binary(BoundBinary node)
        {
            var left = Build(node.Left);
            var right = Build(node.Right);
            switch (node.Operator)
            {
                case BinaryOperator.And: return LinqExpression.Call(Min, left, right);
                case BinaryOperator.Or: return LinqExpression.Call(Max, left, right);
                case BinaryOperator.Add: return LinqExpression.Add(left, right);
                case BinaryOperator.Subtract: return LinqExpression.Subtract(left, right);
                case BinaryOperator.Multiply: return LinqExpression.Multiply(left, right);
                case BinaryOperator.Divide: return Divide(left, right);
                default: return Compare(node.Operator, left, right);
            }
        }

        public LinqExpression VisitBetween(BoundBetween node)
        {
            var value = LinqExpression.Variable(typeof(double), "between");
            return LinqExpression.Block(typeof(int), new[] { value },
                LinqExpression.Assign(value, Build(node.Value)),
                LinqExpression.Call(Min,
                    Compare(BinaryOperator.GreaterOrEqual, value, Build(node.Low)),
                    Compare(BinaryOperator.LessOrEqual, value, Build(node.High))));
        }

        public LinqExpression VisitIn(BoundIn node)
        {
            var built = Build(node.Value);
            var value = LinqExpression.Variable(built.Type, "member");
            LinqExpression result = KernelValues.FalseConstant;
            foreach (var item in node.Items)
            {
                result = LinqExpression.Call(Max, result, Compare(BinaryOperator.Equal, value, Build(item)));
            }

            return LinqExpression.Block(typeof(int), new[] { value }, LinqExpression.Assign(value, built), result);
        }

        public LinqExpression VisitAggregate(BoundAggregate node)
        {
            if (_records != null) return _records.Aggregate(node);
            var scan = new ListScan(Object(node.Source.Members));
            var result = scan.Add(node);
            return LinqExpression.Block(typeof(double), scan.Results, scan.Build(), result);
        }

        private static LinqExpression Compare(BinaryOperator op, LinqExpression left, LinqExpression right)
        {
            LinqExpression result;
            if (left.Type == typeof(string) || right.Type == typeof(string))
            {
                result = LinqExpression.Call(EqualText, left, right);
            }
            else if (left.Type == typeof(int))
            {
                result = Known(left, right, (a, b) => LinqExpression.Equal(a, b), a => LinqExpression.Equal(a, KernelValues.UnknownConstant));
            }
            else
            {
                Func<LinqExpression, LinqExpression, LinqExpression> test = op switch
                {
                    BinaryOperator.Less => LinqExpression.LessThan,
                    BinaryOperator.LessOrEqual => LinqExpression.LessThanOrEqual,
                    BinaryOperator.Greater => LinqExpression.GreaterThan,
                    BinaryOperator.GreaterOrEqual => LinqExpression.GreaterThanOrEqual,
                    _ => LinqExpression.Equal,
                };
                result = Known(left, right, test, a => LinqExpression.Call(IsNaN, a));
            }

            return op == BinaryOperator.NotEqual ? LinqExpression.Subtract(KernelValues.TrueConstant, result) : result;
        }

        /// <summary>Unknown when either operand is unknown, otherwise the test as a truth value.</summary>
        private static LinqExpression Known(LinqExpression left, LinqExpression right,
            Func<LinqExpression, LinqExpression, LinqExpression> test, Func<LinqExpression, LinqExpression> isUnknown)
        {
            var a = LinqExpression.Variable(left.Type, "left");
            var b = LinqExpression.Variable(right.Type, "right");
            return LinqExpression.Block(typeof(int), new[] { a, b },
                LinqExpression.Assign(a, left),
                LinqExpression.Assign(b, right),
                LinqExpression.Condition(LinqExpression.OrElse(isUnknown(a), isUnknown(b)),
                    KernelValues.UnknownConstant,
                    LinqExpression.Condition(test(a, b), KernelValues.TrueConstant, KernelValues.FalseConstant)));
        }

        private static LinqExpression Divide(LinqExpression left, LinqExpression right)
        {
            var b = LinqExpression.Variable(typeof(double), "divisor");
            return LinqExpression.Block(typeof(double), new[] { b },
                LinqExpression.Assign(b, right),
                LinqExpression.Condition(LinqExpression.Equal(b, LinqExpression.Constant(0.0)), KernelValues.NaN, LinqExpression.Divide(left, b)));
        }

        /// <summary>Walks <paramref name="members"/> from <paramref name="current"/>, null-checking each record, and reads the last with <paramref name="last"/>.</summary>
        private static LinqExpression Chain(LinqExpression current, IReadOnlyList<FactMember> members, int index,
            Func<LinqExpression, PropertyInfo, LinqExpression> last, LinqExpression unknown, Type type)
        {
            var property = Property(current, members[index]);
            if (index == members.Count - 1) return Guard(current, LinqExpression.Convert(last(current, property), type), unknown);
            var next = LinqExpression.Variable(property.PropertyType, members[index].Name);
            return Guard(current, LinqExpression.Block(type, new[] { next },
                LinqExpression.Assign(next, LinqExpression.Property(current, property)),
                Chain(next, members, index + 1, last, unknown, type)), unknown);
        }

        private static LinqExpression Guard(LinqExpression owner, LinqExpression read, LinqExpression unknown)
        {
            if (owner.Type.IsValueType) return read;
            return LinqExpression.Condition(LinqExpression.Equal(owner, LinqExpression.Constant(null, owner.Type)),
                LinqExpression.Convert(unknown, read.Type), read);
        }

        private static PropertyInfo Property(LinqExpression owner, FactMember member) =>
            owner.Type.GetProperty(member.ClrName) ?? throw new InvalidOperationException($"the fact type {owner.Type.Name} has no property {member.ClrName}");

        /// <summary>Reads a leaf field of a record known not to be null, in the kernel's representation.</summary>
        private static LinqExpression Leaf(LinqExpression owner, PropertyInfo property)
        {
            var value = LinqExpression.Property(owner, property);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) != null;
            if (type == typeof(bool)) return LinqExpression.Call(FromFlag, LinqExpression.Convert(value, typeof(bool?)));
            if (type == typeof(DateTime)) return LinqExpression.Call(FromDate, LinqExpression.Convert(value, typeof(DateTime?)));
            if (type == typeof(double) || type == typeof(int) || type == typeof(long) || type == typeof(decimal))
            {
                var asNullable = LinqExpression.Convert(value, typeof(double?));
                return nullable || type != typeof(double)
                    ? LinqExpression.Call(asNullable, typeof(double?).GetMethod(nameof(Nullable<double>.GetValueOrDefault), new[] { typeof(double) })!, KernelValues.NaN)
                    : value;
            }

            return value;
        }
    }
}
