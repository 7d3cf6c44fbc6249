using System.Collections.Generic;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>The traced evaluation explanations use: outcome, sub-expression values and readings.</summary>
    internal sealed class TracedBackEnd : IConditionBackEnd
    {
        public string Name => "traced evaluation";

        public (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence)
        {
            var trace = new TraceLayout(condition).Evaluate(evidence);
            return (trace.Outcome, trace.Readings);
        }
    }
}
