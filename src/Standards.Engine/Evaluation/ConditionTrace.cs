using System;
using System.Collections.Generic;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Facts;

namespace Standards.Engine.Evaluation
{
    /// <summary>
    /// One evaluation of a condition or measure: its three-valued result, the value of every sub-expression
    /// (in the manner of NRules' <c>LhsExpressionEventArgs</c>) and the evidence values it read.
    /// Explanations, near misses and change advice walk this; nothing re-evaluates a condition to explain it.
    /// </summary>
    public sealed class ConditionTrace
    {
        private readonly object?[] _values;
        private IReadOnlyList<EvidenceReading>? _readings;

        internal ConditionTrace(TraceLayout layout)
        {
            Layout = layout;
            _values = new object?[layout.Nodes.Count];
        }

        /// <summary>The nodes traced.</summary>
        public TraceLayout Layout { get; }

        /// <summary>The condition's outcome: true, false, or null when missing evidence leaves it unknown.</summary>
        public bool? Outcome => _values[0] as bool?;

        /// <summary>A measure's value, or null when unknown.</summary>
        public double? Number => _values[0] as double?;

        /// <summary>The value a node gave: <see cref="bool"/>, <see cref="double"/>, <see cref="string"/>, or null when unknown. Dates are ticks.</summary>
        public object? ValueOf(BoundExpr node)
        {
            var i = Layout.IndexOf(node);
            return i < 0 ? null : _values[i];
        }

        /// <summary>The evidence fields and aggregates read, outside aggregate filters, each once, in reading order.</summary>
        public IReadOnlyList<EvidenceReading> Readings => _readings ??= CollectReadings();

        /// <summary>Called by the traced evaluator: stores a node's value and passes it on.</summary>
        public T Record<T>(int index, T value)
        {
            _values[index] = value;
            return value;
        }

        private IReadOnlyList<EvidenceReading> CollectReadings()
        {
            var readings = new List<EvidenceReading>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Layout.Nodes.Count; i++)
            {
                switch (Layout.Nodes[i])
                {
                    case BoundField field when seen.Add(field.Text):
                        var value = field.Kind == FactKind.Date && _values[i] is double ticks ? new DateTime((long)ticks) : _values[i];
                        readings.Add(new EvidenceReading(field.Text, value, field.Unit, field.PathText));
                        break;
                    case BoundAggregate aggregate when seen.Add(aggregate.Text):
                        readings.Add(new EvidenceReading(aggregate.Text, _values[i], aggregate.Unit, aggregate.ListPath));
                        break;
                }
            }

            return readings;
        }
    }
}
