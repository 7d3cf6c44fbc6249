using System.Collections.Generic;

namespace Standards.Rules.Facts
{
    /// <summary>One evidence field as the rule language sees it, whatever supplied it (reflection or Roslyn).</summary>
    public sealed class FactMember
    {
        /// <summary>Creates a fact member from its parts.</summary>
        public FactMember(string name, string clrName, FactKind kind, FactUnit unit, double? min, double? max,
            string description, FactType? elementType, IReadOnlyList<string> allowedValues)
        {
            Name = name;
            ClrName = clrName;
            Kind = kind;
            Unit = unit;
            Min = min;
            Max = max;
            Description = description;
            ElementType = elementType;
            AllowedValues = allowedValues;
        }

        /// <summary>The snake_case name used in rules.</summary>
        public string Name { get; }

        /// <summary>The C# property name.</summary>
        public string ClrName { get; }

        /// <summary>What kind of value the field holds.</summary>
        public FactKind Kind { get; }

        /// <summary>The unit of a numeric field.</summary>
        public FactUnit Unit { get; }

        /// <summary>The lowest valid value, if bounded.</summary>
        public double? Min { get; }

        /// <summary>The highest valid value, if bounded.</summary>
        public double? Max { get; }

        /// <summary>A plain-English description of the field.</summary>
        public string Description { get; }

        /// <summary>For records: the record's type. For collections: the type of one item.</summary>
        public FactType? ElementType { get; }

        /// <summary>For text: the allowed values; empty when any text is allowed.</summary>
        public IReadOnlyList<string> AllowedValues { get; }
    }
}
