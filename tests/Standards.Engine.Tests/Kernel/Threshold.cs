using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Facts;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>A number a rulebook compares an evidence field with: the field's members from the evidence root and the value in its unit.</summary>
    internal sealed class Threshold
    {
        public Threshold(IReadOnlyList<FactMember> path, double value)
        {
            Path = path;
            Value = value;
        }

        public IReadOnlyList<FactMember> Path { get; }

        public double Value { get; }

        /// <summary>Every field-against-number comparison and range end in the rulebook's conditions and measures.</summary>
        public static IReadOnlyList<Threshold> Of(BoundRulebook rulebook)
        {
            var found = new List<Threshold>();
            foreach (var c in rulebook.Characteristics) Collect(c.Condition, found);
            return found;
        }

        private static void Collect(BoundExpr node, List<Threshold> found)
        {
            switch (node)
            {
                case BoundBinary binary:
                    if (binary.IsComparison)
                    {
                        Add(binary.Left, binary.Right, found);
                        Add(binary.Right, binary.Left, found);
                    }

                    Collect(binary.Left, found);
                    Collect(binary.Right, found);
                    break;
                case BoundBetween between:
                    Add(between.Value, between.Low, found);
                    Add(between.Value, between.High, found);
                    break;
                case BoundIn member:
                    foreach (var item in member.Items) Add(member.Value, item, found);
                    break;
                case BoundUnary unary:
                    Collect(unary.Operand, found);
                    break;
            }
        }

        private static void Add(BoundExpr field, BoundExpr literal, List<Threshold> found)
        {
            if (field is BoundField f && f.Path.ElementMembers.Count == 0 && literal is BoundLiteral { Value: double value })
            {
                found.Add(new Threshold(f.Path.Members.ToList(), value));
            }
        }
    }
}
