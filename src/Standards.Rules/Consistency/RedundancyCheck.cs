using System.Linq;
using Standards.Rules.Diagnostics;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// STD2004 for characteristics of the same grade and role, and for grades that cannot be reached.
    /// Two supports of one key question and grade: when A implies B, B adds nothing (A must hold anyway).
    /// Two caps of one standard at the same grade: when A implies B, A adds nothing (B already caps then).
    /// When both imply each other the later one in the file is reported. A support whose condition implies
    /// a cap at a lower grade makes its own grade unreachable: whenever it holds, the cap holds too.
    /// </summary>
    internal static class RedundancyCheck
    {
        public static void Run(StandardContext context)
        {
            var comparable = context.Characteristics.Where(c => c.IsComparable).ToList();
            foreach (var b in comparable.Where(c => c.IsSupport))
            {
                var a = comparable.FirstOrDefault(x => x.IsSupport && x != b && x.Rank == b.Rank
                    && ReferenceEquals(x.Bound.KeyQuestion, b.Bound.KeyQuestion) && Redundant(b, x));
                if (a != null && context.ReportedRedundant.Add(b.Id))
                {
                    context.Diagnostics.Report(DiagnosticCatalog.RedundantCharacteristic, b.Where,
                        $"{b.Describe()} holds whenever {a.Describe()} holds, and both must hold for {b.Grade.Label}, so `{b.Id}` adds nothing; remove it or make it stricter",
                        a.Where);
                }
            }

            foreach (var narrow in comparable.Where(c => c.IsCap))
            {
                var wide = comparable.FirstOrDefault(x => x.IsCap && x != narrow && x.Rank == narrow.Rank && Redundant(narrow, x, capMode: true));
                if (wide != null && context.ReportedRedundant.Add(narrow.Id))
                {
                    context.Diagnostics.Report(DiagnosticCatalog.RedundantCharacteristic, narrow.Where,
                        $"whenever the cap {narrow.Describe()} applies, the cap {wide.Describe()} applies too, at the same grade, so `{narrow.Id}` adds nothing; remove it or widen it",
                        wide.Where);
                }
            }

            foreach (var support in comparable.Where(c => c.IsSupport && !context.ReportedRedundant.Contains(c.Id)))
            {
                var cap = comparable.Where(x => x.IsCap && x.Rank < support.Rank && support.Form.Implies(x.Form)).OrderBy(x => x.Rank).FirstOrDefault();
                if (cap != null && context.ReportedRedundant.Add(support.Id))
                {
                    context.Diagnostics.Report(DiagnosticCatalog.RedundantCharacteristic, support.Where,
                        $"whenever {support.Describe()} holds, the cap {cap.Describe()} applies and limits {context.Standard.Id} to {cap.Grade.Label}, so {context.Standard.Id} can never be rated {support.Grade.Label} or above",
                        cap.Where);
                }
            }
        }

        /// <summary>
        /// For supports: <paramref name="candidate"/> is redundant beside <paramref name="other"/> when other implies it.
        /// For caps: when it implies other. Between equivalent characteristics only the later one is redundant.
        /// </summary>
        private static bool Redundant(AnalysedCharacteristic candidate, AnalysedCharacteristic other, bool capMode = false)
        {
            bool covered = capMode ? candidate.Form.Implies(other.Form) : other.Form.Implies(candidate.Form);
            if (!covered) return false;
            bool equivalent = capMode ? other.Form.Implies(candidate.Form) : candidate.Form.Implies(other.Form);
            return !equivalent || candidate.Order > other.Order;
        }
    }
}
