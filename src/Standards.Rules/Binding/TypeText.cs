using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>Describes what an expression or field gives, for messages: "a percentage", "yes/no", "a list".</summary>
    internal static class TypeText
    {
        public static string Describe(BoundExpr node) => Describe(node.Kind, node.Unit, node.IsPlainLiteral);

        public static string Describe(FactMember member) => Describe(member.Kind, member.Unit, false);

        public static string Describe(FactKind kind, FactUnit unit, bool plain)
        {
            switch (kind)
            {
                case FactKind.Boolean: return "yes/no";
                case FactKind.Text: return "text";
                case FactKind.Date: return "a date";
                case FactKind.Record: return "a group of fields";
                case FactKind.Collection: return "a list";
                case FactKind.Number: return plain ? "a plain number" : DescribeUnit(unit);
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
