using System.Collections.Generic;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>The fast path: the condition compiled to a delegate, no trace.</summary>
    internal sealed class CompiledDelegateBackEnd : IConditionBackEnd
    {
        public string Name => "compiled delegate";

        public (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence) =>
            (ConditionCompiler.CompileCondition<PduEvidence>(condition)(evidence), null);
    }
}
