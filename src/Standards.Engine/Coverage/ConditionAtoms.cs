using System.Collections.Generic;
using Standards.Engine.Compilation;
using Standards.Rules.Expressions;

namespace Standards.Engine.Coverage
{
    /// <summary>
    /// The atoms of a condition, and its value from theirs. An atom is a part of the condition below its
    /// <c>and</c>, <c>or</c> and <c>not</c>: a comparison, a <c>between</c>, an <c>in</c> or a yes/no field.
    /// Conditions inside an aggregate's filter belong to the aggregate, which is inside an atom.
    /// </summary>
    public static class ConditionAtoms
    {
        /// <summary>The atoms of <paramref name="condition"/>, left to right.</summary>
        public static IReadOnlyList<Expr> Of(Expr condition)
        {
            var atoms = new List<Expr>();
            Collect(condition, atoms);
            return atoms;
        }

        /// <summary>
        /// The condition's three-valued (Kleene) value from its atoms' values: <c>and</c> is false when either
        /// side is false, <c>or</c> true when either side is true, and unknown (null) otherwise when a side is.
        /// </summary>
        public static bool? Evaluate(Expr condition, IReadOnlyDictionary<Expr, bool?> atoms)
        {
            switch (condition)
            {
                case BinaryExpr { Operator: BinaryOperator.And } and:
                    return TruthOps.And(Evaluate(and.Left, atoms), Evaluate(and.Right, atoms));
                case BinaryExpr { Operator: BinaryOperator.Or } or:
                    return TruthOps.Or(Evaluate(or.Left, atoms), Evaluate(or.Right, atoms));
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    return !Evaluate(not.Operand, atoms);
                default:
                    return atoms[condition];
            }
        }

        private static void Collect(Expr node, List<Expr> atoms)
        {
            switch (node)
            {
                case BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                    Collect(logical.Left, atoms);
                    Collect(logical.Right, atoms);
                    break;
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    Collect(not.Operand, atoms);
                    break;
                default:
                    atoms.Add(node);
                    break;
            }
        }
    }
}
