using System;
using System.Collections;
using System.Collections.Generic;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Engine.Tests.Properties;
using Standards.Rules.Facts;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>
    /// Random evidence for the differential tests: any share of fields missing, the per-case and per-practitioner
    /// lists (with unknown entries), and many fields set exactly on, or just beside, a threshold of the rulebook.
    /// </summary>
    internal static class DifferentialEvidence
    {
        public static PduEvidence Create(Random random, IReadOnlyList<Threshold> thresholds)
        {
            var evidence = RandomEvidence.Create(random, missingShare: random.NextDouble() * 0.4);
            if (evidence.CaseSample != null && random.Next(4) > 0) evidence.CaseSample.Cases = Records<CaseRecord>(random, "case_sample", "cases");
            if (evidence.Workload != null && random.Next(4) > 0) evidence.Workload.Practitioners = Records<PractitionerWorkload>(random, "workload", "practitioners");
            foreach (var threshold in thresholds)
            {
                int roll = random.Next(10);
                if (roll < 3) Set(evidence, threshold.Path, threshold.Value);
                else if (roll == 3) Set(evidence, threshold.Path, Math.Round(threshold.Value + (random.Next(2) == 0 ? -0.1 : 0.1), 1));
            }

            return evidence;
        }

        private static List<T> Records<T>(Random random, string record, string list)
            where T : new()
        {
            var type = EvidenceSchema.Instance.Root.Find(record)!.ElementType!.Find(list)!.ElementType!;
            var items = new List<T>();
            int count = random.Next(4) == 0 ? 0 : random.Next(1, 12);
            for (int i = 0; i < count; i++)
            {
                var item = new T();
                foreach (var member in type.Members)
                {
                    if (random.Next(25) == 0) continue;
                    var value = RandomEvidence.RandomValue(random, member);
                    typeof(T).GetProperty(member.ClrName)!.SetValue(item, value);
                }

                items.Add(item);
            }

            return items;
        }

        /// <summary>Sets the field at the end of <paramref name="path"/> when every record on the way is present.</summary>
        private static void Set(object record, IReadOnlyList<FactMember> path, double value)
        {
            object? current = record;
            for (int i = 0; i < path.Count - 1 && current != null; i++)
            {
                current = current.GetType().GetProperty(path[i].ClrName)!.GetValue(current);
            }

            if (current is null or IEnumerable) return;
            var property = current.GetType().GetProperty(path[path.Count - 1].ClrName)!;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(double) && property.CanWrite) property.SetValue(current, value);
        }
    }
}
