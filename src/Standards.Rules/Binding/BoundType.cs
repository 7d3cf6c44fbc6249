using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>The type the binder gives an expression: a kind, a unit, and the field it came from if any.</summary>
    internal sealed class BoundType
    {
        private BoundType(FactKind? kind, FactUnit unit, bool isPlainLiteral, FactMember? member, FactType? element)
        {
            Kind = kind;
            Unit = unit;
            IsPlainLiteral = isPlainLiteral;
            Member = member;
            Element = element;
        }

        /// <summary>The kind; null when an error was already reported for the expression.</summary>
        public FactKind? Kind { get; }

        public FactUnit Unit { get; }

        /// <summary>True for a number written without a unit, which matches counts, numbers and FTE.</summary>
        public bool IsPlainLiteral { get; }

        /// <summary>The evidence field this value reads directly, for range checks.</summary>
        public FactMember? Member { get; }

        /// <summary>For lists: the type of one record.</summary>
        public FactType? Element { get; }

        public bool IsError => Kind is null;

        public static BoundType Error { get; } = new BoundType(null, FactUnit.None, false, null, null);

        public static BoundType Boolean { get; } = new BoundType(FactKind.Boolean, FactUnit.None, false, null, null);

        public static BoundType Text { get; } = new BoundType(FactKind.Text, FactUnit.None, false, null, null);

        public static BoundType Number(FactUnit unit, bool plain = false) => new BoundType(FactKind.Number, unit, plain, null, null);

        public static BoundType Of(FactMember member) => new BoundType(member.Kind, member.Unit, false, member, member.ElementType);

        /// <summary>Describes the type for messages: "a percentage", "yes/no", "a span of control".</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case FactKind.Boolean: return "yes/no";
                case FactKind.Text: return "text";
                case FactKind.Date: return "a date";
                case FactKind.Record: return "a group of fields";
                case FactKind.Collection: return "a list";
                case FactKind.Number: return IsPlainLiteral ? "a plain number" : DescribeUnit(Unit);
                default: return "an invalid value";
            }
        }

        public static string DescribeUnit(FactUnit unit)
        {
            switch (unit)
            {
                case FactUnit.Percent: return "a percentage";
                case FactUnit.Ratio: return "a span of control (1:N)";
                case FactUnit.Days: return "a number of days";
                case FactUnit.Fte: return "an FTE figure";
                case FactUnit.Count: return "a count";
                default: return "a number";
            }
        }
    }
}
