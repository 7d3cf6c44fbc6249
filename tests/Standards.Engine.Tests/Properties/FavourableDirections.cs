using System.Collections.Generic;
using Standards.Engine.Evidence;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Engine.Tests.Properties
{
    /// <summary>
    /// Infers, from the rulebook itself, which way each evidence field is favourable: up when supports
    /// compare it with <c>&gt;=</c> or caps with <c>&lt;</c>, down the other way, and yes/no fields by how they are used.
    /// A field used both ways is left out (and would be worth a look by the policy team).
    /// </summary>
    internal static class FavourableDirections
    {
        public static IReadOnlyDictionary<FactMember, int> Infer(Rulebook rulebook)
        {
            var votes = new Dictionary<FactMember, HashSet<int>>();
            foreach (var c in rulebook.Characteristics)
            {
                Visit(c.Condition, c.Role == CharacteristicRole.Supports ? 1 : -1, EvidenceSchema.Instance.Root, votes);
            }

            var result = new Dictionary<FactMember, int>();
            foreach (var pair in votes)
            {
                if (pair.Value.Count == 1) result[pair.Key] = new List<int>(pair.Value)[0];
            }

            return result;
        }

        private static void Visit(Expr expr, int sign, FactType scope, Dictionary<FactMember, HashSet<int>> votes)
        {
            switch (expr)
            {
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    Visit(not.Operand, -sign, scope, votes);
                    break;
                case BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } logic:
                    Visit(logic.Left, sign, scope, votes);
                    Visit(logic.Right, sign, scope, votes);
                    break;
                case BinaryExpr comparison when comparison.Operator is BinaryOperator.GreaterOrEqual or BinaryOperator.Greater:
                    Numeric(comparison.Left, sign, scope, votes);
                    Numeric(comparison.Right, -sign, scope, votes);
                    break;
                case BinaryExpr comparison when comparison.Operator is BinaryOperator.LessOrEqual or BinaryOperator.Less:
                    Numeric(comparison.Left, -sign, scope, votes);
                    Numeric(comparison.Right, sign, scope, votes);
                    break;
                case BinaryExpr { Operator: BinaryOperator.Equal } equal when equal.Right is BooleanLiteral b:
                    Numeric(equal.Left, b.Value ? sign : -sign, scope, votes);
                    break;
                case PathExpr path:
                    Numeric(path, sign, scope, votes);
                    break;
            }
        }

        private static void Numeric(Expr expr, int sign, FactType scope, Dictionary<FactMember, HashSet<int>> votes)
        {
            switch (expr)
            {
                case PathExpr path:
                    var resolved = FactPathResolver.Resolve(path, scope, false, new DiagnosticBag());
                    if (resolved != null) Vote(resolved.Last, sign, votes);
                    break;
                case BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Multiply } sum:
                    Numeric(sum.Left, sign, scope, votes);
                    Numeric(sum.Right, sign, scope, votes);
                    break;
                case BinaryExpr { Operator: BinaryOperator.Subtract } difference:
                    Numeric(difference.Left, sign, scope, votes);
                    Numeric(difference.Right, -sign, scope, votes);
                    break;
            }
        }

        private static void Vote(FactMember member, int sign, Dictionary<FactMember, HashSet<int>> votes)
        {
            if (!votes.TryGetValue(member, out var set)) votes[member] = set = new HashSet<int>();
            set.Add(sign);
        }
    }
}
