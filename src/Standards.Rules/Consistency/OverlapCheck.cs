using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2007: a cap that partly overlaps another characteristic of the same standard on the same single
    /// field, where the two disagree about the evidence in the overlap. Supports are cumulative and caps only
    /// lower, so most overlaps are expected; two are not:
    /// (1) a cap and a support of a higher grade: in the overlap the support says the higher grade is earned
    /// while the cap rules it out, so the support's threshold is really the cap's (a full overlap is STD2004);
    /// (2) two caps at different grades whose ranges cross, neither inside the other: in the overlap the milder
    /// cap is silently overruled (a milder cap fully inside a harsher one is STD2005; a harsher cap inside a
    /// milder one is an ordinary ladder of caps).
    /// Both characteristics must constrain exactly one field, the same one. Reported at the cap (the milder
    /// cap for two caps), with the other characteristic as the additional position; once per cap.
    /// </summary>
    internal static class OverlapCheck
    {
        public static void Run(StandardContext context)
        {
            foreach (var cap in context.Caps.Where(c => c.IsComparable && c.SingleFieldKey != null))
            {
                var key = cap.SingleFieldKey;
                var support = context.Supports.FirstOrDefault(s => s.IsComparable && s.Rank > cap.Rank && s.SingleFieldKey == key
                    && s.Form.Overlaps(cap.Form) && !s.Form.Implies(cap.Form));
                if (support != null)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.ConflictingOverlap, cap.Where,
                        $"the cap {cap.Describe()} and the support {support.Describe()} both hold for some values of `{key}`: there {support.Grade.Label} is earned and ruled out at once; move one threshold so the two no longer overlap",
                        support.Where);
                    continue;
                }

                var harsher = context.Caps.FirstOrDefault(b => b.IsComparable && b.Rank < cap.Rank && b.SingleFieldKey == key
                    && b.Form.Overlaps(cap.Form) && !b.Form.Implies(cap.Form) && !cap.Form.Implies(b.Form));
                if (harsher != null)
                {
                    context.Diagnostics.Report(DiagnosticCatalog.ConflictingOverlap, cap.Where,
                        $"the caps {cap.Describe()} and {harsher.Describe()} cross on `{key}`: for the values where both hold the cap at {cap.Grade.Label} is overruled, yet neither range lies inside the other; make the harsher cap's range part of the milder one's, or separate them",
                        harsher.Where);
                }
            }
        }
    }
}
