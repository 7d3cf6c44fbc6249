using System;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// How the kernel represents values without <see cref="Nullable{T}"/>: a truth value is an int (0 false,
    /// 1 unknown, 2 true), so Kleene <c>and</c> is the minimum, <c>or</c> the maximum and <c>not</c> is 2 − x;
    /// a number or date is a double with NaN for unknown (arithmetic carries it); text is a string, null when unknown.
    /// </summary>
    internal static class KernelValues
    {
        public const int False = 0;
        public const int Unknown = 1;
        public const int True = 2;

        public static readonly LinqExpression FalseConstant = LinqExpression.Constant(False);
        public static readonly LinqExpression UnknownConstant = LinqExpression.Constant(Unknown);
        public static readonly LinqExpression TrueConstant = LinqExpression.Constant(True);
        public static readonly LinqExpression NaN = LinqExpression.Constant(double.NaN);

        /// <summary>The unknown value of a node of <paramref name="kind"/>.</summary>
        public static LinqExpression UnknownOf(FactKind kind) => kind switch
        {
            FactKind.Boolean => UnknownConstant,
            FactKind.Text => LinqExpression.Constant(null, typeof(string)),
            FactKind.Number or FactKind.Date => NaN,
            _ => LinqExpression.Constant(null, typeof(object)),
        };

        /// <summary>The three-valued outcome of a stored truth value.</summary>
        public static bool? ToOutcome(byte truth) => truth == True ? true : truth == False ? false : null;

        /// <summary>A nullable yes/no as a truth value.</summary>
        public static int FromFlag(bool? value) => value.HasValue ? (value.Value ? True : False) : Unknown;

        /// <summary>A nullable date as ticks, NaN when missing.</summary>
        public static double FromDate(DateTime? value) => value.HasValue ? value.Value.Ticks : double.NaN;

        /// <summary>Ordinal text equality as a truth value; unknown when either side is missing.</summary>
        public static int EqualText(string? a, string? b) => a is null || b is null ? Unknown : string.Equals(a, b, StringComparison.Ordinal) ? True : False;
    }
}
