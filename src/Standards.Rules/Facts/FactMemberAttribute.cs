using System;

namespace Standards.Rules.Facts
{
    /// <summary>
    /// Declares a C# property as an evidence field that rules may read. The rule name is the
    /// property name in snake_case unless <see cref="Name"/> is set.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class FactMemberAttribute : Attribute
    {
        /// <summary>Declares an evidence field, with its unit if it is a number.</summary>
        public FactMemberAttribute(FactUnit unit = FactUnit.None)
        {
            Unit = unit;
        }

        /// <summary>The unit of a numeric field.</summary>
        public FactUnit Unit { get; }

        /// <summary>An explicit rule name; defaults to the property name in snake_case.</summary>
        public string? Name { get; set; }

        /// <summary>The lowest valid value; NaN when unbounded.</summary>
        public double Min { get; set; } = double.NaN;

        /// <summary>The highest valid value; NaN when unbounded.</summary>
        public double Max { get; set; } = double.NaN;

        /// <summary>A plain-English description for documentation, schema and explanations.</summary>
        public string? Description { get; set; }

        /// <summary>For text fields: the allowed values, separated by <c>|</c>.</summary>
        public string? Allowed { get; set; }
    }
}
