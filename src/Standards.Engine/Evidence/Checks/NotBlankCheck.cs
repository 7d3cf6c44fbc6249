using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4016: a text field whose key is present but whose value is empty.</summary>
    internal sealed class NotBlankCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var field = record.Field(declaration.Fields[0]);
            if (field?.Entry is null || (field.Value is string text && text.Trim().Length > 0)) return;
            diagnostics.Report(DiagnosticCatalog.BlankText, field.Span,
                $"{field.Located} is empty; write it, or leave the key out");
        }
    }
}
