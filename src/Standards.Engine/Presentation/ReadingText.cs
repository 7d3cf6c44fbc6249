using System;
using System.Globalization;
using Standards.Rules.Facts;

namespace Standards.Engine.Presentation
{
    /// <summary>The one way an evidence value is shown with its unit: <c>41%</c>, <c>1:12</c>, <c>9.5 days</c>, <c>yes</c>, <c>missing</c>.</summary>
    public static class ReadingText
    {
        /// <summary>Formats <paramref name="value"/> (a number, yes/no, text or date; null when missing) in <paramref name="unit"/>.</summary>
        public static string Format(object? value, FactUnit unit)
        {
            switch (value)
            {
                case null: return "missing";
                case bool b: return b ? "yes" : "no";
                case double d: return UnitFormat.Format(d, unit);
                case DateTime date: return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                default: return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
    }
}
