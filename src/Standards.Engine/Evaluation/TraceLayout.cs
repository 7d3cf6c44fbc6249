using System;
using System.Collections.Generic;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Rules.Binding;

namespace Standards.Engine.Evaluation
{
    /// <summary>
    /// The nodes of one bound condition or measure whose values a trace records: every node outside aggregate
    /// filters, in pre-order. The traced evaluator is compiled on first use, once per layout.
    /// </summary>
    public sealed class TraceLayout
    {
        private readonly Dictionary<BoundExpr, int> _index = new Dictionary<BoundExpr, int>(ReferenceEqualityComparer.Instance);
        private readonly List<BoundExpr> _nodes = new List<BoundExpr>();
        private readonly Lazy<Action<PduEvidence, ConditionTrace>> _evaluator;

        /// <summary>Lays out the nodes of <paramref name="root"/>.</summary>
        public TraceLayout(BoundExpr root)
        {
            Root = root;
            Add(root);
            _evaluator = new Lazy<Action<PduEvidence, ConditionTrace>>(() => ConditionCompiler.CompileTraced<PduEvidence>(this));
        }

        /// <summary>The condition or measure.</summary>
        public BoundExpr Root { get; }

        /// <summary>The nodes traced, in pre-order; the root first.</summary>
        public IReadOnlyList<BoundExpr> Nodes => _nodes;

        /// <summary>The position of <paramref name="node"/> in <see cref="Nodes"/>, or -1 when it is not traced (inside a filter).</summary>
        public int IndexOf(BoundExpr node) => _index.TryGetValue(node, out var i) ? i : -1;

        /// <summary>Evaluates the condition on <paramref name="evidence"/>, recording every node's value.</summary>
        public ConditionTrace Evaluate(PduEvidence evidence)
        {
            var trace = new ConditionTrace(this);
            _evaluator.Value(evidence, trace);
            return trace;
        }

        private void Add(BoundExpr node)
        {
            if (_index.ContainsKey(node)) return;
            _index.Add(node, _nodes.Count);
            _nodes.Add(node);
            foreach (var child in BoundChildren.Of(node)) Add(child);
        }
    }
}
