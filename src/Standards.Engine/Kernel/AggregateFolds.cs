using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>The arithmetic of each aggregate for <see cref="ListScan"/>: how a kept value folds in, and the result from the fold.</summary>
    internal static class AggregateFolds
    {
        private static readonly MethodInfo Round = typeof(Math).GetMethod(nameof(Math.Round), new[] { typeof(double), typeof(int) })!;
        private static readonly MethodInfo MinOf = typeof(Math).GetMethod(nameof(Math.Min), new[] { typeof(double), typeof(double) })!;
        private static readonly MethodInfo MaxOf = typeof(Math).GetMethod(nameof(Math.Max), new[] { typeof(double), typeof(double) })!;

        /// <summary>The field of one record that min, max, mean and sum read, as a field node over the record.</summary>
        public static BoundExpr Selector(BoundAggregate node) =>
            new BoundField((PathExpr)ElementPath(node), new FactPath(node.Source.ElementMembers, Array.Empty<FactMember>()));

        private static Expr ElementPath(BoundAggregate node) => ((AggregateExpr)node.Syntax).Source;

        public static LinqExpression Combine(AggregateKind kind, LinqExpression acc, LinqExpression value, LinqExpression kept) => kind switch
        {
            AggregateKind.Min => LinqExpression.Condition(LinqExpression.Equal(kept, LinqExpression.Constant(0)), value, LinqExpression.Call(MinOf, acc, value)),
            AggregateKind.Max => LinqExpression.Condition(LinqExpression.Equal(kept, LinqExpression.Constant(0)), value, LinqExpression.Call(MaxOf, acc, value)),
            _ => LinqExpression.Add(acc, value),
        };

        public static LinqExpression Finish(AggregateKind kind, LinqExpression kept, LinqExpression count, LinqExpression acc)
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

        public static Type ElementType(Type listType)
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
