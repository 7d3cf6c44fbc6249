using System.Collections.Generic;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>A way of evaluating one condition; every back end must agree with the conformance cases.</summary>
    public interface IConditionBackEnd
    {
        string Name { get; }

        /// <summary>The outcome, and the readings when the back end reports them (null when it does not).</summary>
        (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence);
    }
}
