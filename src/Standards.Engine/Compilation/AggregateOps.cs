using System;
using System.Collections.Generic;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Aggregates over evidence lists used by compiled conditions. A missing list, or a record whose
    /// filter or value is unknown, makes the aggregate unknown.
    /// </summary>
    internal static class AggregateOps
    {
        public static double? Count<T>(IEnumerable<T>? items, Func<T, bool?>? filter)
        {
            if (items is null) return null;
            int count = 0;
            foreach (var item in items)
            {
                var keep = filter is null ? true : filter(item);
                if (keep is null) return null;
                if (keep.Value) count++;
            }

            return count;
        }

        public static double? Percent<T>(IEnumerable<T>? items, Func<T, bool?>? filter)
        {
            if (items is null) return null;
            int total = 0, count = 0;
            foreach (var item in items)
            {
                total++;
                var keep = filter is null ? true : filter(item);
                if (keep is null) return null;
                if (keep.Value) count++;
            }

            return total == 0 ? (double?)null : Math.Round(100.0 * count / total, 6);
        }

        public static double? Min<T>(IEnumerable<T>? items, Func<T, bool?>? filter, Func<T, double?> value) =>
            Fold(items, filter, value, (acc, v) => Math.Min(acc, v), mean: false);

        public static double? Max<T>(IEnumerable<T>? items, Func<T, bool?>? filter, Func<T, double?> value) =>
            Fold(items, filter, value, (acc, v) => Math.Max(acc, v), mean: false);

        public static double? Sum<T>(IEnumerable<T>? items, Func<T, bool?>? filter, Func<T, double?> value) =>
            Fold(items, filter, value, (acc, v) => acc + v, mean: false, seedZero: true);

        public static double? Mean<T>(IEnumerable<T>? items, Func<T, bool?>? filter, Func<T, double?> value) =>
            Fold(items, filter, value, (acc, v) => acc + v, mean: true, seedZero: true);

        private static double? Fold<T>(IEnumerable<T>? items, Func<T, bool?>? filter, Func<T, double?> value,
            Func<double, double, double> combine, bool mean, bool seedZero = false)
        {
            if (items is null) return null;
            double? acc = seedZero ? 0 : (double?)null;
            int n = 0;
            foreach (var item in items)
            {
                var keep = filter is null ? true : filter(item);
                if (keep is null) return null;
                if (!keep.Value) continue;
                var v = value(item);
                if (v is null) return null;
                acc = acc is null ? v.Value : combine(acc.Value, v.Value);
                n++;
            }

            if (mean) return n == 0 ? (double?)null : acc / n;
            return n == 0 && !seedZero ? null : acc;
        }
    }
}
