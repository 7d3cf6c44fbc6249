using System;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>STD4014: a date before the earliest plausible year, or more than a year after today.</summary>
    internal sealed class DateWithinReasonCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var field = record.Field(declaration.Fields[0]);
            if (field is null || !field.IsGiven || field.Value is not DateTime date) return;
            var today = DateTime.UtcNow.Date;
            var latest = today.AddYears(1);
            if (date.Year < declaration.EarliestYear)
            {
                diagnostics.Report(DiagnosticCatalog.ImplausibleDate, field.Span,
                    $"{field.Located} is {field.Written}, before {declaration.EarliestYear}; evidence that old cannot describe the current standards, so check the year");
            }
            else if (date > latest)
            {
                diagnostics.Report(DiagnosticCatalog.ImplausibleDate, field.Span,
                    $"{field.Located} is {field.Written}, more than a year after today ({today:yyyy-MM-dd}); check the year");
            }
        }
    }
}
