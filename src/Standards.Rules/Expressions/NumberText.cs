using System.Globalization;
using System.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Reads and writes the numbers of the condition language: plain invariant decimals such as
    /// <c>30</c> or <c>0.125</c>, never exponent notation, so whatever is printed can be read back.
    /// </summary>
    internal static class NumberText
    {
        /// <summary>Reads digits with an optional fraction; false for anything that is not a finite number.</summary>
        public static bool TryParse(string digits, out double value)
        {
            // .NET Framework's TryParse fails on overflow; .NET Core returns infinity. Treat both alike.
            if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            return !double.IsNaN(value) && !double.IsInfinity(value);
        }

        /// <summary>
        /// Writes a finite number as a plain decimal that reads back to the same value:
        /// the shortest round-trip form, with any exponent written out as zeros.
        /// </summary>
        public static string Format(double value)
        {
            if (double.IsNaN(value)) return "NaN";
            if (double.IsPositiveInfinity(value)) return "Infinity";
            if (double.IsNegativeInfinity(value)) return "-Infinity";
            if (value == 0) return "0";
            if (value < 0) return "-" + Format(-value);

            string r = value.ToString("R", CultureInfo.InvariantCulture);
            int e = r.IndexOfAny(new[] { 'E', 'e' });
            return e < 0 ? r : ExpandExponent(r.Substring(0, e), int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        private static string ExpandExponent(string mantissa, int exponent)
        {
            int point = mantissa.IndexOf('.');
            string digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
            int newPoint = (point < 0 ? mantissa.Length : point) + exponent;
            var sb = new StringBuilder();
            if (newPoint <= 0)
            {
                sb.Append("0.").Append('0', -newPoint).Append(digits);
            }
            else if (newPoint >= digits.Length)
            {
                sb.Append(digits).Append('0', newPoint - digits.Length);
            }
            else
            {
                sb.Append(digits, 0, newPoint).Append('.').Append(digits, newPoint, digits.Length - newPoint);
            }

            return TrimFraction(sb.ToString());
        }

        private static string TrimFraction(string s)
        {
            if (s.IndexOf('.') < 0) return s;
            s = s.TrimEnd('0');
            return s.EndsWith(".", System.StringComparison.Ordinal) ? s.Substring(0, s.Length - 1) : s;
        }
    }
}
