using System;
using Standards.Engine.Facts;

namespace Standards.Engine.Evidence
{
    /// <summary>Works out the case-sample percentages from the counted cases, where the evidence does not give them.</summary>
    internal static class CaseSampleAggregator
    {
        public static void Fill(CaseSample sample, CaseTally tally)
        {
            if (tally.Cases == 0) return;
            sample.SampleSize ??= tally.Cases;
            foreach (var column in CaseSampleColumns.PercentFor)
            {
                if (tally.RoundedPercent(column.Key) is double percent) SetIfAbsent(sample, column.Value.Split('.'), percent);
            }
        }

        /// <summary>Sets the field at the path below the record when it has no value, creating records on the way.</summary>
        private static void SetIfAbsent(object record, string[] path, double value)
        {
            var type = EvidenceSchema.Instance.Root.Find("case_sample")!.ElementType!;
            for (int i = 0; ; i++)
            {
                var member = type.Find(path[i])!;
                var property = record.GetType().GetProperty(member.ClrName)!;
                if (i == path.Length - 1)
                {
                    if (property.GetValue(record) is null) property.SetValue(record, value);
                    return;
                }

                var child = property.GetValue(record);
                if (child is null)
                {
                    child = Activator.CreateInstance(property.PropertyType)!;
                    property.SetValue(record, child);
                }

                record = child;
                type = member.ElementType!;
            }
        }
    }
}
