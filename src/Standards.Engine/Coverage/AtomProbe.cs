using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// Evaluates every atom of a rulebook's conditions on evidence with the engine itself: one traced
    /// evaluation of each bound condition records the value of every part of it, atoms included, so an atom's
    /// three-valued outcome is exactly what the engine gives that part of the condition.
    /// </summary>
    internal sealed class AtomProbe
    {
        private readonly IReadOnlyList<TraceLayout> _layouts;

        public AtomProbe(Rulebook rulebook)
        {
            _layouts = rulebook.Bound.Characteristics.Select(c => new TraceLayout(c.Condition)).ToList();
        }

        /// <summary>Every atom's outcome on <paramref name="evidence"/>: true, false, or null when evidence is missing.</summary>
        public IReadOnlyDictionary<Expr, bool?> Evaluate(PduEvidence evidence)
        {
            var values = new Dictionary<Expr, bool?>(ReferenceEqualityComparer.Instance);
            foreach (var layout in _layouts)
            {
                var trace = layout.Evaluate(evidence);
                foreach (var node in layout.Nodes)
                {
                    if (node.Kind == Rules.Facts.FactKind.Boolean) values[node.Syntax] = trace.ValueOf(node) as bool?;
                }
            }

            return values;
        }
    }
}
