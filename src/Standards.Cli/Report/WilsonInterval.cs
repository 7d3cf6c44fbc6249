using System;

namespace Standards.Cli.Report
{
    /// <summary>The Wilson score interval for a proportion: how far a share of sampled cases could be from the true share.</summary>
    internal readonly struct WilsonInterval
    {
        /// <summary>z for a two-sided 95% interval.</summary>
        public const double Z95 = 1.959963984540054;

        public WilsonInterval(double low, double high)
        {
            Low = low;
            High = high;
        }

        /// <summary>The lower end, as a percentage.</summary>
        public double Low { get; }

        /// <summary>The upper end, as a percentage.</summary>
        public double High { get; }

        /// <summary>The 95% interval for <paramref name="percent"/>% of <paramref name="sampleSize"/> cases.</summary>
        public static WilsonInterval For(double percent, double sampleSize, double z = Z95)
        {
            if (sampleSize <= 0) return new WilsonInterval(0, 100);
            double p = Math.Min(Math.Max(percent / 100, 0), 1), n = sampleSize, z2 = z * z;
            double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
            double half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
            return new WilsonInterval(Math.Max(0, (centre - half) * 100), Math.Min(100, (centre + half) * 100));
        }
    }
}
