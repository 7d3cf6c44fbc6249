using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4010: more full-time equivalents than people; one person works at most one FTE.</summary>
    internal sealed class FteWithinHeadcountCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var fte = record.Field(declaration.Fields[0]);
            var headcount = record.Field(declaration.Fields[1]);
            if (fte is null || headcount is null || !fte.IsGiven || !headcount.IsGiven || fte.Number <= headcount.Number + 1e-9) return;
            diagnostics.Report(DiagnosticCatalog.HeadcountBelowFte, fte.Span,
                $"{fte.Located} is {fte.Written} FTE, but {headcount.Located} is {headcount.Written} people; one person works at most 1 FTE, so the FTE cannot be more than the headcount",
                headcount.Span);
        }
    }
}
