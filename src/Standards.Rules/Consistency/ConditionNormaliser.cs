using System.Collections.Generic;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Turns a bound condition into a <see cref="NormalForm"/>: the disjunction of boxes where it holds and the
    /// disjunction where it fails. <c>not</c> is pushed down to the comparisons (De Morgan), <c>and</c> takes the
    /// product of boxes, <c>or</c> their union, with at most <see cref="Region.MaxBoxes"/> boxes; anything
    /// beyond that, or that cannot be analysed, is opaque. Results are cached per syntax node, so the
    /// parts of a condition can be normalised cheaply after the whole.
    /// </summary>
    /// <remarks>
    /// The analysis is for known evidence: a condition reading absent evidence is unknown at run time, so
    /// "always holds" means "holds whenever its evidence is present". Different terms are treated as
    /// independent, which can only make regions larger; so "never holds", "always holds" and "implies"
    /// are never claimed wrongly.
    /// </remarks>
    internal sealed class ConditionNormaliser
    {
        private readonly AtomBuilder _atoms;
        private readonly Dictionary<BoundExpr, Region> _holds = new Dictionary<BoundExpr, Region>(ReferenceComparer<BoundExpr>.Instance);
        private readonly Dictionary<BoundExpr, Region> _fails = new Dictionary<BoundExpr, Region>(ReferenceComparer<BoundExpr>.Instance);

        /// <summary>Creates a normaliser; field ranges and values come from the bound fields' members.</summary>
        public ConditionNormaliser()
        {
            _atoms = new AtomBuilder(new TermFields());
        }

        /// <summary>Normalises a condition (or any yes/no part of one).</summary>
        public NormalForm Normalise(BoundExpr condition) => new NormalForm(Build(condition, false), Build(condition, true));

        private Region Build(BoundExpr expr, bool negated)
        {
            var cache = negated ? _fails : _holds;
            if (cache.TryGetValue(expr, out var cached)) return cached;
            var region = Compute(expr, negated);
            cache[expr] = region;
            return region;
        }

        private Region Compute(BoundExpr expr, bool negated)
        {
            switch (expr)
            {
                case BoundBinary binary when binary.IsLogical:
                    var left = Build(binary.Left, negated);
                    var right = Build(binary.Right, negated);
                    bool conjunction = (binary.Operator == BinaryOperator.And) != negated;
                    return conjunction ? left.And(right) : left.Or(right);
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    return Build(not.Operand, !negated);
                case BoundLiteral { Value: bool value }:
                    return value != negated ? Region.Everything : Region.Nothing;
                default:
                    return _atoms.Build(expr, negated);
            }
        }
    }
}
