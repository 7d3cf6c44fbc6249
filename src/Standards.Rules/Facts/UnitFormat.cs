using System.Globalization;

namespace Standards.Rules.Facts
{
    /// <summary>Writes numbers the way rule and evidence files write them: <c>41%</c>, <c>1:12</c>, <c>9.5 days</c>.</summary>
    public static class UnitFormat
    {
        /// <summary>Formats <paramref name="value"/> with its unit, or <paramref name="missing"/> when it is null.</summary>
        public static string Format(double? value, FactUnit unit, string missing = "any")
        {
            if (value is null) return missing;
            var text = value.Value.ToString("0.##", CultureInfo.InvariantCulture);
            switch (unit)
            {
                case FactUnit.Percent: return text + "%";
                case FactUnit.Ratio: return "1:" + text;
                case FactUnit.Days: return text + " days";
                default: return text;
            }
        }
    }
}
