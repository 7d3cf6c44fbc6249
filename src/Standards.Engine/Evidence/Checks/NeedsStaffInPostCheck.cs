using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4015: figures such as a span of control given while the staff they describe number 0.</summary>
    internal sealed class NeedsStaffInPostCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var given = record.Type.Members.Select(m => record.Field(m.Name)).FirstOrDefault(f => f != null && f.IsGiven && f.Number != null);
            if (given is null) return;
            foreach (var staff in declaration.Fields.Select(record.Root.Field))
            {
                if (staff is null || !staff.IsGiven || staff.Number != 0) continue;
                diagnostics.Report(DiagnosticCatalog.FiguresWithoutStaff, given.Span,
                    $"{given.Located} is {given.Written}, but {staff.Located} is 0: the figure describes staff who are not in post; check both figures",
                    staff.Span);
                return;
            }
        }
    }
}
