using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// An aggregate as an inline loop over the list by index: no delegate, no enumerator, no allocation. A missing
    /// list, or a record whose filter or value is unknown, makes the aggregate unknown (NaN), as in the session engine.
    /// </summary>
    internal static class AggregateLoop
    {
        private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), new[] { typeof(double) })!;
        private static readonly MethodInfo Round = typeof(Math).GetMethod(nameof(Math.Round), new[] { typeof(double), typeof(int) })!;
        private static readonly MethodInfo MinOf = typeof(Math).GetMethod(nameof(Math.Min), new[] { typeof(double), typeof(double) })!;
        private static readonly MethodInfo MaxOf = typeof(Math).GetMethod(nameof(Math.Max), new[] { typeof(double), typeof(double) })!;

        public static LinqExpression Build(BoundAggregate node, LinqExpression source)
        {
            var elementType = ElementType(source.Type);
            var listType = typeof(IReadOnlyList<>).MakeGenericType(elementType);
            var list = LinqExpression.Variable(listType, "list");
            var count = LinqExpression.Variable(typeof(int), "total");
            var index = LinqExpression.Variable(typeof(int), "index");
            var kept = LinqExpression.Variable(typeof(int), "kept");
            var acc = LinqExpression.Variable(typeof(double), "acc");
            var item = LinqExpression.Variable(elementType, "item");
            var keep = LinqExpression.Variable(typeof(int), "keep");
            var value = LinqExpression.Variable(typeof(double), "value");
            var result = LinqExpression.Variable(typeof(double), "result");
            var done = LinqExpression.Label("done");
            var next = LinqExpression.Label("next");
            var inRecord = KernelExpressionBuilder.InRecord(item);
            bool usesValue = node.Aggregate != AggregateKind.Count && node.Aggregate != AggregateKind.Percent;

            var body = new List<LinqExpression>
            {
                LinqExpression.IfThen(LinqExpression.GreaterThanOrEqual(index, count), LinqExpression.Break(next)),
                LinqExpression.Assign(item, LinqExpression.Property(list, listType.GetProperty("Item")!, index)),
                LinqExpression.PostIncrementAssign(index),
                LinqExpression.Assign(keep, node.Filter is null ? KernelValues.TrueConstant : inRecord.Build(node.Filter)),
                LinqExpression.IfThen(LinqExpression.Equal(keep, KernelValues.UnknownConstant), LinqExpression.Block(LinqExpression.Assign(result, KernelValues.NaN), LinqExpression.Goto(done))),
            };
            var whenKept = new List<LinqExpression>();
            if (usesValue)
            {
                whenKept.Add(LinqExpression.Assign(value, inRecord.Build(Selector(node))));
                whenKept.Add(LinqExpression.IfThen(LinqExpression.Call(IsNaN, value), LinqExpression.Block(LinqExpression.Assign(result, KernelValues.NaN), LinqExpression.Goto(done))));
                whenKept.Add(LinqExpression.Assign(acc, Combine(node.Aggregate, acc, value, kept)));
            }

            whenKept.Add(LinqExpression.PostIncrementAssign(kept));
            body.Add(LinqExpression.IfThen(LinqExpression.Equal(keep, KernelValues.TrueConstant), LinqExpression.Block(whenKept)));

            return LinqExpression.Block(typeof(double), new[] { list, count, index, kept, acc, item, keep, value, result },
                LinqExpression.Assign(list, LinqExpression.TypeAs(source, listType)),
                LinqExpression.IfThen(LinqExpression.Equal(list, LinqExpression.Constant(null, listType)),
                    LinqExpression.Block(LinqExpression.Assign(result, KernelValues.NaN), LinqExpression.Goto(done))),
                LinqExpression.Assign(count, LinqExpression.Property(list, typeof(IReadOnlyCollection<>).MakeGenericType(elementType).GetProperty("Count")!)),
                LinqExpression.Assign(index, LinqExpression.Constant(0)),
                LinqExpression.Assign(kept, LinqExpression.Constant(0)),
                LinqExpression.Assign(acc, LinqExpression.Constant(0.0)),
                LinqExpression.Loop(LinqExpression.Block(body), next),
                LinqExpression.Assign(result, Finish(node.Aggregate, kept, count, acc)),
                LinqExpression.Label(done),
                result);
        }

        /// <summary>The field of one record that min, max, mean and sum read, as a field node over the record.</summary>
        private static BoundExpr Selector(BoundAggregate node) =>
            new BoundField((PathExpr)ElementPath(node), new FactPath(node.Source.ElementMembers, Array.Empty<FactMember>()));

        private static Expr ElementPath(BoundAggregate node) => ((AggregateExpr)node.Syntax).Source;

        private static LinqExpression Combine(AggregateKind kind, LinqExpression acc, LinqExpression value, LinqExpression kept) => kind switch
        {
            AggregateKind.Min => LinqExpression.Condition(LinqExpression.Equal(kept, LinqExpression.Constant(0)), value, LinqExpression.Call(MinOf, acc, value)),
            AggregateKind.Max => LinqExpression.Condition(LinqExpression.Equal(kept, LinqExpression.Constant(0)), value, LinqExpression.Call(MaxOf, acc, value)),
            _ => LinqExpression.Add(acc, value),
        };

        private static LinqExpression Finish(AggregateKind kind, LinqExpression kept, LinqExpression count, LinqExpression acc)
        {
            var none = LinqExpression.Equal(kept, LinqExpression.Constant(0));
            switch (kind)
            {
                case AggregateKind.Count: return LinqExpression.Convert(kept, typeof(double));
                case AggregateKind.Percent:
                    return LinqExpression.Condition(LinqExpression.Equal(count, LinqExpression.Constant(0)), KernelValues.NaN,
                        LinqExpression.Call(Round, LinqExpression.Divide(LinqExpression.Multiply(LinqExpression.Constant(100.0), LinqExpression.Convert(kept, typeof(double))), LinqExpression.Convert(count, typeof(double))), LinqExpression.Constant(6)));
                case AggregateKind.Sum: return acc;
                case AggregateKind.Mean: return LinqExpression.Condition(none, KernelValues.NaN, LinqExpression.Divide(acc, LinqExpression.Convert(kept, typeof(double))));
                default: return LinqExpression.Condition(none, KernelValues.NaN, acc);
            }
        }

        private static Type ElementType(Type listType)
        {
            if (listType.IsArray) return listType.GetElementType()!;
            foreach (var candidate in listType.GetInterfaces().Prepend(listType))
            {
                if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return candidate.GetGenericArguments()[0];
            }

            throw new InvalidOperationException($"{listType.Name} is not a list");
        }
    }
}
