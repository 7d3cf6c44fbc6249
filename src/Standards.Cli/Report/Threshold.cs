using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>A comparison of one evidence field with a number, taken from a characteristic's condition.</summary>
    internal sealed class Threshold : Comparison
    {
        public Threshold(string path, BinaryOperator op, double value, Characteristic characteristic)
            : base(path, op, value)
        {
            Characteristic = characteristic;
        }

        /// <summary>The characteristic whose condition holds the comparison.</summary>
        public Characteristic Characteristic { get; }
    }
}
