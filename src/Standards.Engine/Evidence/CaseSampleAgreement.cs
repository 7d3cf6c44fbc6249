using System;
using Standards.Engine.Evidence.Checks;
using Standards.Rules.Diagnostics;

namespace Standards.Engine.Evidence
{
    /// <summary>STD4017: a figure given in the evidence file that the case-sample CSV beside it contradicts.</summary>
    internal static class CaseSampleAgreement
    {
        public static void Check(EvidenceRecord sample, CaseTally tally, DiagnosticBag diagnostics)
        {
            if (tally.Source is null) return;
            var size = sample.Field("sample_size");
            if (size != null && size.IsGiven && size.Number != tally.Cases)
            {
                diagnostics.Report(DiagnosticCatalog.CsvDisagreesWithEvidence, size.Span,
                    $"{size.Located} is {size.Written}, but the case-sample file `{tally.Source}` has {tally.Cases} cases; correct one of them, or leave `sample_size` out so the file's count is used",
                    Rules.Text.SourceSpan.At(tally.Source, 0, 1, 1));
            }

            foreach (var column in CaseSampleColumns.PercentFor)
            {
                var given = sample.Field(column.Value);
                if (given is null || !given.IsGiven || tally.Percent(column.Key) is not double counted) continue;
                if (Math.Abs(given.Number!.Value - counted) <= 0.5 * Math.Pow(10, -given.Decimals) + 1e-9) continue;
                var (judged, yes) = tally.Counts(column.Key)!.Value;
                var where = tally.Where(column.Key);
                diagnostics.Report(DiagnosticCatalog.CsvDisagreesWithEvidence, given.Span,
                    $"{given.Located} is {given.Written}, but the case-sample file `{tally.Source}` gives {EvidenceField.Format(Math.Round(counted, 1))}% ({yes} yes of {judged} judged cases, column `{column.Key}` at line {where?.Line ?? 1}); correct one of them, or leave the percentage out so the file's figure is used",
                    where ?? Rules.Text.SourceSpan.At(tally.Source, 0, 1, 1));
            }
        }
    }
}
