using Standards.Rules.Expressions;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>A comparison of one evidence field with a number, taken from a characteristic's condition.</summary>
    internal sealed class Threshold : Comparison
    {
        public Threshold(string path, BinaryOperator op, double value, Characteristic characteristic, Grade grade)
            : base(path, op, value)
        {
            Characteristic = characteristic;
            Grade = grade;
        }

        /// <summary>The characteristic whose condition holds the comparison.</summary>
        public Characteristic Characteristic { get; }

        /// <summary>The grade the characteristic supports or caps at.</summary>
        public Grade Grade { get; }
    }
}
