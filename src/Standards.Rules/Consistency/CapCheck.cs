using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2005: caps that can never lower a rating. (1) A cap at the top grade. (2) A cap whose condition rules
    /// out a support of the same standard at most one grade above the cap: whenever the cap holds that support
    /// fails, so its key question, and with it the standard, is already at or below the cap's grade.
    /// (3) A cap whose condition implies another cap of the same standard at a lower grade. A cap that can never
    /// hold at all is reported as STD2001 only.
    /// </summary>
    internal static class CapCheck
    {
        public static void Run(StandardContext context)
        {
            foreach (var cap in context.Caps)
            {
                if (cap.Rank >= context.Scale.Highest.Rank)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.CapNeverBinds, cap.Characteristic.GradeSpan,
                        $"the cap `{cap.Id}` is at {cap.Grade.Label}, the top grade, so it can never lower a rating; cap at a lower grade or remove it");
                    continue;
                }

                if (!cap.IsComparable) continue;
                var support = context.Supports
                    .Where(s => s.IsComparable && s.Rank >= 1 && s.Rank <= cap.Rank + 1 && cap.Form.DisjointFrom(s.Form))
                    .OrderBy(s => s.Rank).ThenBy(s => s.Order).FirstOrDefault();
                if (support != null)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.CapNeverBinds, cap.Where,
                        $"whenever the cap `{cap.Id}` applies, {support.Describe()} fails, so key question {support.Characteristic.KeyQuestionId} is already no higher than {context.Label(support.Rank - 1)}; the cap at {cap.Grade.Label} never lowers the rating of {context.Standard.Id}",
                        support.Where);
                    continue;
                }

                var harsher = context.Caps
                    .Where(b => b.IsComparable && b.Rank < cap.Rank && cap.Form.Implies(b.Form))
                    .OrderBy(b => b.Rank).ThenBy(b => b.Order).FirstOrDefault();
                if (harsher != null)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.CapNeverBinds, cap.Where,
                        $"whenever the cap `{cap.Id}` applies, the cap {harsher.Describe()} applies too and is lower, so the cap at {cap.Grade.Label} never lowers the rating of {context.Standard.Id}",
                        harsher.Where);
                }
            }
        }
    }
}
