using System.Globalization;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4004: staff in post far above target, with no note saying why.</summary>
    internal sealed class InPostNearTargetCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var inPost = record.Field(declaration.Fields[0]);
            var target = record.Field(declaration.Fields[1]);
            var note = declaration.Note is null ? null : record.Field(declaration.Note);
            if (inPost is null || target is null || !inPost.IsGiven || !target.IsGiven) return;
            if (note?.Value is string text && !string.IsNullOrWhiteSpace(text)) return;
            if (inPost.Number <= target.Number * declaration.Factor) return;
            var notePath = note?.Path ?? record.Path + ".note";
            diagnostics.Report(DiagnosticCatalog.ImplausibleStaffing, inPost.Span,
                string.Format(CultureInfo.InvariantCulture, "{0} is {1}, more than {2:0.##} times {3}, which is {4}; check the figures, or add `{5}` explaining them",
                    inPost.Located, inPost.Written, declaration.Factor, target.Located, target.Written, notePath),
                target.Span);
        }
    }
}
