using System.Collections.Generic;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2001 (a condition, or a part of one, that can never hold) and STD2002 (one that always holds for
    /// known evidence). The whole condition is checked first; when it is neither, each operand of its
    /// <c>and</c>, <c>or</c> and <c>not</c> is checked in turn, reporting the outermost offending part only.
    /// An unsatisfiable cap is reported here only, not again as STD2005.
    /// </summary>
    internal static class ConditionCheck
    {
        public static void Run(StandardContext context)
        {
            foreach (var c in context.Characteristics)
            {
                var condition = c.Bound.Condition;
                if (c.Form.IsContradiction)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.ContradictoryCondition, c.Where,
                        $"`{condition}` can never hold, so {(c.IsSupport ? $"`{c.Id}` never holds and key question {c.Bound.KeyQuestion.Id} can never reach {c.Grade.Label}" : $"the cap `{c.Id}` never applies")}");
                }
                else if (c.Form.IsTautology)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.TautologicalCondition, c.Where,
                        $"`{condition}` holds for every possible value of the evidence it reads, so {(c.IsSupport ? $"`{c.Id}` adds nothing to {c.Grade.Label} once that evidence is present" : $"the cap `{c.Id}` limits every PDU to {c.Grade.Label} once that evidence is present")}");
                }
                else
                {
                    foreach (var part in Operands(condition)) CheckPart(context, condition, part);
                }
            }
        }

        private static void CheckPart(StandardContext context, BoundExpr whole, BoundExpr part)
        {
            var form = context.Normaliser.Normalise(part);
            if (form.IsContradiction)
            {
                context.Diagnostics.Report(DiagnosticCatalog.ContradictoryCondition, part.Syntax.Span,
                    $"the part `{part}` of `{whole}` can never hold, so it never changes the result; remove it or correct its thresholds");
            }
            else if (form.IsTautology)
            {
                context.Diagnostics.Report(DiagnosticCatalog.TautologicalCondition, part.Syntax.Span,
                    $"the part `{part}` of `{whole}` holds for every possible value of the evidence it reads, so it never changes the result; remove it or correct its thresholds");
            }
            else
            {
                foreach (var inner in Operands(part)) CheckPart(context, whole, inner);
            }
        }

        private static IEnumerable<BoundExpr> Operands(BoundExpr expr)
        {
            switch (expr)
            {
                case BoundBinary binary when binary.IsLogical:
                    return new[] { binary.Left, binary.Right };
                case BoundUnary { Operator: UnaryOperator.Not } not:
                    return Operands(not.Operand);
                default:
                    return new BoundExpr[0];
            }
        }
    }
}
