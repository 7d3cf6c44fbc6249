using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Within one key question, compares each support with the supports of lower grades (nearest grade first).
    /// STD2003: both are single conjunctions with a one-sided threshold on the same field in the same direction,
    /// and the higher grade's threshold is strictly easier. STD2004: otherwise, the lower-grade support
    /// implies the higher-grade one, so the higher-grade one adds nothing (supports are cumulative: every
    /// grade above needs the lower-grade support too). Each higher-grade support is reported at most once.
    /// </summary>
    internal static class LadderCheck
    {
        public static void Run(StandardContext context)
        {
            foreach (var higher in context.Supports.Where(s => s.IsComparable))
            {
                var lowers = context.Supports
                    .Where(s => s.IsComparable && s.Rank < higher.Rank && ReferenceEquals(s.Bound.KeyQuestion, higher.Bound.KeyQuestion))
                    .OrderByDescending(s => s.Rank).ThenBy(s => s.Order);
                foreach (var lower in lowers)
                {
                    if (ReportLooserThreshold(context, higher, lower)) break;
                    if (lower.Form.Implies(higher.Form))
                    {
                        context.ReportedRedundant.Add(higher.Id);
                        context.Diagnostics.Report(DiagnosticCatalog.RedundantCharacteristic, higher.Where,
                            $"{higher.Describe()} holds whenever {lower.Describe()} holds, and every grade from {lower.Grade.Label} up needs `{lower.Id}` already, so `{higher.Id}` adds nothing to {higher.Grade.Label}; make it stricter than `{lower.Characteristic.Condition}`",
                            lower.Where);
                        break;
                    }
                }
            }
        }

        private static bool ReportLooserThreshold(StandardContext context, AnalysedCharacteristic higher, AnalysedCharacteristic lower)
        {
            if (higher.SingleBox is not Box high || lower.SingleBox is not Box low) return false;
            foreach (var mine in high.Constraints)
            {
                int direction = Thresholds.Direction(mine);
                if (direction == 0 || low.Find(mine.Field.Key) is not FieldConstraint theirs || Thresholds.Direction(theirs) != direction) continue;
                if (mine.Contains(theirs) && !mine.SameAs(theirs))
                {
                    context.Diagnostics.Report(DiagnosticCatalog.NonMonotonicLadder, higher.Where,
                        $"{higher.Describe()} needs `{higher.Characteristic.Condition}`, an easier threshold on `{mine.Field.Key}` than the `{lower.Characteristic.Condition}` that {lower.Describe()} needs; a higher grade should need a stricter threshold (the ladder is cumulative, so this one adds nothing)",
                        lower.Where);
                    return true;
                }
            }

            return false;
        }
    }
}
