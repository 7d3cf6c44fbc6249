using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// Every aggregate a delegate reads over one evidence list, computed in a single pass by index: each record is
    /// read once, the fields and comparisons the filters share are evaluated once per record, and each aggregate keeps
    /// its own count and total. An aggregate whose filter or value is unknown for some record becomes unknown (NaN).
    /// </summary>
    internal sealed class ListScan
    {
        private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), new[] { typeof(double) })!;
        private readonly LinqExpression _source;
        private readonly Type _listType;
        private readonly ParameterExpression _item;
        private readonly Dictionary<string, ParameterExpression> _results = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        private readonly List<BoundAggregate> _aggregates = new List<BoundAggregate>();

        public ListScan(LinqExpression source)
        {
            _source = source;
            var elementType = AggregateFolds.ElementType(source.Type);
            _listType = typeof(IReadOnlyList<>).MakeGenericType(elementType);
            _item = LinqExpression.Variable(elementType, "item");
        }

        /// <summary>The local that will hold <paramref name="node"/>'s value once the scan has run.</summary>
        public ParameterExpression Add(BoundAggregate node)
        {
            if (_results.TryGetValue(node.Text, out var result)) return result;
            result = LinqExpression.Variable(typeof(double), "aggregate" + _results.Count);
            _results.Add(node.Text, result);
            _aggregates.Add(node);
            return result;
        }

        /// <summary>The locals the scan declares.</summary>
        public IEnumerable<ParameterExpression> Results => _results.Values;

        /// <summary>The loop that assigns every aggregate's local.</summary>
        public LinqExpression Build()
        {
            var list = LinqExpression.Variable(_listType, "list");
            var count = LinqExpression.Variable(typeof(int), "total");
            var index = LinqExpression.Variable(typeof(int), "index");
            var next = LinqExpression.Label("next");
            var scope = new ItemScope(_item);
            var variables = new List<ParameterExpression> { list, count, index, _item };
            var steps = new List<LinqExpression>();
            var start = new List<LinqExpression>();
            var finish = new List<LinqExpression>();
            var unknown = new List<LinqExpression>();
            foreach (var node in _aggregates)
            {
                var result = _results[node.Text];
                var kept = LinqExpression.Variable(typeof(int), "kept");
                var acc = LinqExpression.Variable(typeof(double), "acc");
                var dead = LinqExpression.Variable(typeof(bool), "unknown");
                variables.AddRange(new[] { kept, acc, dead });
                start.Add(LinqExpression.Assign(kept, LinqExpression.Constant(0)));
                start.Add(LinqExpression.Assign(acc, LinqExpression.Constant(0.0)));
                start.Add(LinqExpression.Assign(dead, LinqExpression.Constant(false)));
                unknown.Add(LinqExpression.Assign(result, KernelValues.NaN));
                finish.Add(LinqExpression.Assign(result, LinqExpression.Condition(dead, KernelValues.NaN, AggregateFolds.Finish(node.Aggregate, kept, count, acc))));
                steps.Add(Step(node, scope, kept, acc, dead));
            }

            var body = new List<LinqExpression>
            {
                LinqExpression.IfThen(LinqExpression.GreaterThanOrEqual(index, count), LinqExpression.Break(next)),
                LinqExpression.Assign(_item, LinqExpression.Property(list, _listType.GetProperty("Item")!, index)),
                LinqExpression.PostIncrementAssign(index),
            };
            body.AddRange(scope.Assignments);
            body.AddRange(steps);
            variables.AddRange(scope.Variables);
            var scan = new List<LinqExpression>
            {
                LinqExpression.Assign(count, LinqExpression.Property(list, typeof(IReadOnlyCollection<>).MakeGenericType(_item.Type).GetProperty("Count")!)),
                LinqExpression.Assign(index, LinqExpression.Constant(0)),
            };
            scan.AddRange(start);
            scan.Add(LinqExpression.Loop(LinqExpression.Block(body), next));
            scan.AddRange(finish);
            return LinqExpression.Block(typeof(void), variables,
                LinqExpression.Assign(list, LinqExpression.TypeAs(_source, _listType)),
                LinqExpression.IfThenElse(LinqExpression.Equal(list, LinqExpression.Constant(null, _listType)),
                    LinqExpression.Block(unknown), LinqExpression.Block(scan)));
        }

        /// <summary>One record's contribution to one aggregate, skipped once the aggregate is unknown.</summary>
        private LinqExpression Step(BoundAggregate node, ItemScope scope, ParameterExpression kept, ParameterExpression acc, ParameterExpression dead)
        {
            var builder = KernelExpressionBuilder.InRecord(scope);
            var keep = node.Filter is null ? KernelValues.TrueConstant : builder.Build(node.Filter);
            var whenKept = new List<LinqExpression>();
            if (node.Aggregate != AggregateKind.Count && node.Aggregate != AggregateKind.Percent)
            {
                var value = builder.Build(AggregateFolds.Selector(node));
                whenKept.Add(LinqExpression.IfThenElse(LinqExpression.Call(IsNaN, value),
                    LinqExpression.Assign(dead, LinqExpression.Constant(true)),
                    LinqExpression.Block(LinqExpression.Assign(acc, AggregateFolds.Combine(node.Aggregate, acc, value, kept)), LinqExpression.PostIncrementAssign(kept))));
            }
            else
            {
                whenKept.Add(LinqExpression.PostIncrementAssign(kept));
            }

            var truth = LinqExpression.Variable(typeof(int), "keep");
            return LinqExpression.IfThen(LinqExpression.Not(dead), LinqExpression.Block(new[] { truth },
                LinqExpression.Assign(truth, keep),
                LinqExpression.IfThenElse(LinqExpression.Equal(truth, KernelValues.TrueConstant), LinqExpression.Block(whenKept),
                    LinqExpression.IfThen(LinqExpression.Equal(truth, KernelValues.UnknownConstant), LinqExpression.Assign(dead, LinqExpression.Constant(true))))));
        }
    }
}
