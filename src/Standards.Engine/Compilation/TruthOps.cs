using System;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Three-valued (Kleene) logic and comparisons used by compiled conditions. <c>null</c> means
    /// unknown: a comparison reading absent evidence is unknown, never false.
    /// </summary>
    internal static class TruthOps
    {
        public static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : (bool?)null;

        public static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : (bool?)null;

        public static bool? Not(bool? a) => a.HasValue ? !a.Value : (bool?)null;

        public static bool? Less(double? a, double? b) => a.HasValue && b.HasValue ? a.Value < b.Value : (bool?)null;

        public static bool? LessOrEqual(double? a, double? b) => a.HasValue && b.HasValue ? a.Value <= b.Value : (bool?)null;

        public static bool? Greater(double? a, double? b) => a.HasValue && b.HasValue ? a.Value > b.Value : (bool?)null;

        public static bool? GreaterOrEqual(double? a, double? b) => a.HasValue && b.HasValue ? a.Value >= b.Value : (bool?)null;

        public static bool? EqualNumber(double? a, double? b) => a.HasValue && b.HasValue ? a.Value == b.Value : (bool?)null;

        public static bool? EqualBoolean(bool? a, bool? b) => a.HasValue && b.HasValue ? a.Value == b.Value : (bool?)null;

        public static bool? EqualText(string? a, string? b) => a != null && b != null ? string.Equals(a, b, StringComparison.Ordinal) : (bool?)null;

        public static double? Divide(double? a, double? b) => a.HasValue && b.HasValue && b.Value != 0 ? a.Value / b.Value : (double?)null;
    }
}
