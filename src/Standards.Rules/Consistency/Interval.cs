using System;
using System.Globalization;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// A range of numbers with open or closed ends, possibly unbounded (infinite ends are always open).
    /// Used to describe the values of one numeric evidence field that make a condition hold.
    /// </summary>
    internal readonly struct Interval : IEquatable<Interval>
    {
        /// <summary>Creates an interval; infinite ends are made open.</summary>
        public Interval(double low, bool lowOpen, double high, bool highOpen)
        {
            Low = low;
            High = high;
            LowOpen = lowOpen || double.IsNegativeInfinity(low);
            HighOpen = highOpen || double.IsPositiveInfinity(high);
        }

        /// <summary>The lower end; negative infinity when unbounded below.</summary>
        public double Low { get; }

        /// <summary>True when the lower end itself is excluded.</summary>
        public bool LowOpen { get; }

        /// <summary>The upper end; positive infinity when unbounded above.</summary>
        public double High { get; }

        /// <summary>True when the upper end itself is excluded.</summary>
        public bool HighOpen { get; }

        /// <summary>Every number.</summary>
        public static Interval All => new Interval(double.NegativeInfinity, true, double.PositiveInfinity, true);

        /// <summary>No number at all.</summary>
        public static Interval Empty => new Interval(1, true, 0, true);

        /// <summary>True when no number lies in the interval.</summary>
        public bool IsEmpty => Low > High || (Low == High && (LowOpen || HighOpen)) || double.IsNaN(Low) || double.IsNaN(High);

        /// <summary>True when the interval has a finite lower end.</summary>
        public bool HasLow => !double.IsNegativeInfinity(Low);

        /// <summary>True when the interval has a finite upper end.</summary>
        public bool HasHigh => !double.IsPositiveInfinity(High);

        /// <summary><c>x &gt;= value</c>.</summary>
        public static Interval AtLeast(double value) => new Interval(value, false, double.PositiveInfinity, true);

        /// <summary><c>x &gt; value</c>.</summary>
        public static Interval GreaterThan(double value) => new Interval(value, true, double.PositiveInfinity, true);

        /// <summary><c>x &lt;= value</c>.</summary>
        public static Interval AtMost(double value) => new Interval(double.NegativeInfinity, true, value, false);

        /// <summary><c>x &lt; value</c>.</summary>
        public static Interval LessThan(double value) => new Interval(double.NegativeInfinity, true, value, true);

        /// <summary><c>x == value</c>.</summary>
        public static Interval Point(double value) => new Interval(value, false, value, false);

        /// <summary><c>x between low and high</c>, inclusive at both ends.</summary>
        public static Interval Closed(double low, double high) => new Interval(low, false, high, false);

        /// <summary>The numbers in both intervals.</summary>
        public Interval Intersect(Interval other)
        {
            if (IsEmpty || other.IsEmpty) return Empty;
            double low;
            bool lowOpen;
            if (Low > other.Low) { low = Low; lowOpen = LowOpen; }
            else if (other.Low > Low) { low = other.Low; lowOpen = other.LowOpen; }
            else { low = Low; lowOpen = LowOpen || other.LowOpen; }

            double high;
            bool highOpen;
            if (High < other.High) { high = High; highOpen = HighOpen; }
            else if (other.High < High) { high = other.High; highOpen = other.HighOpen; }
            else { high = High; highOpen = HighOpen || other.HighOpen; }

            var result = new Interval(low, lowOpen, high, highOpen);
            return result.IsEmpty ? Empty : result;
        }

        /// <summary>True when every number of <paramref name="other"/> is also in this interval.</summary>
        public bool Contains(Interval other)
        {
            if (other.IsEmpty) return true;
            if (IsEmpty) return false;
            bool lowOk = Low < other.Low || (Low == other.Low && (!LowOpen || other.LowOpen));
            bool highOk = High > other.High || (High == other.High && (!HighOpen || other.HighOpen));
            return lowOk && highOk;
        }

        /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
        public bool Contains(double value) => Contains(Point(value));

        /// <summary>True when the two intervals share at least one number.</summary>
        public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

        /// <summary>
        /// For a field that only takes whole numbers: shrinks the ends to the nearest whole numbers inside,
        /// so <c>x &gt; 0</c> becomes <c>x &gt;= 1</c>.
        /// </summary>
        public Interval ToWholeNumbers()
        {
            if (IsEmpty) return Empty;
            double low = Low, high = High;
            bool lowOpen = LowOpen, highOpen = HighOpen;
            if (HasLow)
            {
                double ceiling = Math.Ceiling(Low);
                low = LowOpen && ceiling == Low ? ceiling + 1 : ceiling;
                lowOpen = false;
            }

            if (HasHigh)
            {
                double floor = Math.Floor(High);
                high = HighOpen && floor == High ? floor - 1 : floor;
                highOpen = false;
            }

            var result = new Interval(low, lowOpen, high, highOpen);
            return result.IsEmpty ? Empty : result;
        }

        /// <summary>Equal when both are empty, or both have the same ends.</summary>
        public bool Equals(Interval other)
        {
            if (IsEmpty || other.IsEmpty) return IsEmpty && other.IsEmpty;
            return Low.Equals(other.Low) && High.Equals(other.High) && LowOpen == other.LowOpen && HighOpen == other.HighOpen;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Interval other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => IsEmpty ? 0 : (Low.GetHashCode() * 397) ^ High.GetHashCode() ^ (LowOpen ? 1 : 0) ^ (HighOpen ? 2 : 0);

        /// <summary>Mathematical notation: <c>[65, 100]</c>, <c>(-inf, 28)</c>, <c>{}</c> when empty.</summary>
        public override string ToString()
        {
            if (IsEmpty) return "{}";
            return (LowOpen ? "(" : "[") + Format(Low) + ", " + Format(High) + (HighOpen ? ")" : "]");
        }

        private static string Format(double value) =>
            double.IsNegativeInfinity(value) ? "-inf" : double.IsPositiveInfinity(value) ? "inf" : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
