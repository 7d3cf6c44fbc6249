using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;

namespace Standards.Engine.Evaluation
{
    /// <summary>The operands of a bound node that are evaluated against the evidence itself (an aggregate's filter is not: it runs per record).</summary>
    internal static class BoundChildren
    {
        public static IEnumerable<BoundExpr> Of(BoundExpr node)
        {
            switch (node)
            {
                case BoundUnary unary: return new[] { unary.Operand };
                case BoundBinary binary: return new[] { binary.Left, binary.Right };
                case BoundBetween between: return new[] { between.Value, between.Low, between.High };
                case BoundIn inNode: return new[] { inNode.Value }.Concat(inNode.Items);
                default: return Enumerable.Empty<BoundExpr>();
            }
        }
    }
}
