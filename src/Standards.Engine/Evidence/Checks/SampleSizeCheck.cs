using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>
    /// The figures of a sample against its size: STD4011 for percentages of a sample of 0, STD4012 for a percentage that no
    /// count of at most that many cases gives at the precision written, STD4013 for a count larger than the sample.
    /// </summary>
    internal sealed class SampleSizeCheck : IEvidenceCheck
    {
        public void Run(EvidenceRecord record, EvidenceCheckAttribute declaration, DiagnosticBag diagnostics)
        {
            var size = record.Field(declaration.Fields[0]);
            if (size is null || !size.IsGiven || size.Number is not double n) return;
            foreach (var field in FieldsBelow(record).Where(f => f.IsGiven && f.Path != size.Path))
            {
                if (field.Member.Unit == FactUnit.Percent) CheckPercent(field, size, n, diagnostics);
                else if (field.Member.Unit == FactUnit.Count && field.Number > n)
                {
                    diagnostics.Report(DiagnosticCatalog.CountAboveSample, field.Span,
                        $"{field.Located} is {field.Written}, more than the {size.Written} cases of the whole sample ({size.Located})", size.Span);
                }
            }
        }

        private static void CheckPercent(EvidenceField percent, EvidenceField size, double n, DiagnosticBag diagnostics)
        {
            if (n < 1)
            {
                diagnostics.Report(DiagnosticCatalog.PercentOfEmptySample, percent.Span,
                    $"{percent.Located} is {percent.Written}, but {size.Located} is {size.Written}: a percentage of no cases means nothing; give the sample size, or leave the percentage out",
                    size.Span);
                return;
            }

            if (!Reachable(percent.Number!.Value, percent.Decimals, (int)Math.Min(n, 100000)))
            {
                diagnostics.Report(DiagnosticCatalog.PercentNotFromSample, percent.Span,
                    $"{percent.Located} is {percent.Written}, which no number of cases out of {size.Written} or fewer ({size.Located}) gives at that precision; check the figure, or give it to fewer decimal places",
                    size.Span);
            }
        }

        /// <summary>
        /// True when some k of m cases, with m from 1 to n (not every case is judged on every question), rounds to the
        /// percentage at the number of decimals it was written with.
        /// </summary>
        internal static bool Reachable(double percent, int decimals, int n)
        {
            double tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-9;
            for (int m = 1; m <= n; m++)
            {
                double k = Math.Round(percent * m / 100);
                if (k >= 0 && k <= m && Math.Abs(100 * k / m - percent) <= tolerance) return true;
            }

            return false;
        }

        private static IEnumerable<EvidenceField> FieldsBelow(EvidenceRecord record)
        {
            foreach (var member in record.Type.Members)
            {
                if (member.Kind == FactKind.Record)
                {
                    if (record.Child(member.Name) is EvidenceRecord child)
                    {
                        foreach (var field in FieldsBelow(child)) yield return field;
                    }
                }
                else if (member.Kind == FactKind.Number && record.Field(member.Name) is EvidenceField field)
                {
                    yield return field;
                }
            }
        }
    }
}
