using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;

namespace Standards.Benchmarks
{
    /// <summary>
    /// Many PDUs' evidence for replay benchmarks: the national-picture file read afresh for each, then a third of
    /// its numbers scaled by 0.7 to 1.3 and one in fifty left missing, from a fixed seed.
    /// </summary>
    public static class ReplayEvidence
    {
        public static IReadOnlyList<PduEvidence> Create(int count, int seed)
        {
            var random = new Random(seed);
            var bytes = BenchmarkData.EvidenceBytes();
            var list = new List<PduEvidence>(count);
            for (int i = 0; i < count; i++)
            {
                var evidence = EvidenceReader.Read(BenchmarkData.EvidencePath, bytes).Evidence!;
                Vary(evidence, random);
                list.Add(evidence);
            }

            return list;
        }

        private static void Vary(object record, Random random)
        {
            foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var value = property.GetValue(record);
                if (property.PropertyType == typeof(double?))
                {
                    if (value is null) continue;
                    int roll = random.Next(50);
                    if (roll == 0) property.SetValue(record, null);
                    else if (roll < 17) property.SetValue(record, Math.Round((double)value * (0.7 + 0.6 * random.NextDouble()), 1));
                }
                else if (value != null && property.PropertyType.Namespace == typeof(PduEvidence).Namespace)
                {
                    Vary(value, random);
                }
            }
        }
    }
}
