using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4009: percentages that are shares of one whole add up to more than 100%.</summary>
    internal sealed class SharesOfOneWholeCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var shares = declaration.Fields.Select(record.Field).Where(f => f != null && f.IsGiven).Select(f => f!).OrderBy(f => f.Span).ToList();
            var total = shares.Sum(f => f.Number ?? 0);
            if (shares.Count < 2 || total <= 100 + 1e-9) return;
            var last = shares[shares.Count - 1];
            var named = string.Join(" and ", shares.Select(f => $"{f.Located} is {f.Written}"));
            diagnostics.Report(DiagnosticCatalog.SharesOverWhole, last.Span,
                $"{named}; together {EvidenceField.Format(total)}%, but they are shares of {declaration.Whole ?? "one whole"}, which cannot be more than 100%",
                shares.Take(shares.Count - 1).Select(f => f.Span).ToArray());
        }
    }
}
