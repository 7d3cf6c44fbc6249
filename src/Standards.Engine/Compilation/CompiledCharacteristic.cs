using System;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Compilation
{
    /// <summary>A bound characteristic with its condition compiled to a delegate, and the layout its trace uses when asked for.</summary>
    internal sealed class CompiledCharacteristic
    {
        public CompiledCharacteristic(BoundCharacteristic bound)
        {
            Bound = bound;
            Condition = ConditionCompiler.CompileCondition<PduEvidence>(bound.Condition);
            Layout = new TraceLayout(bound.Condition);
        }

        public BoundCharacteristic Bound { get; }

        public Func<PduEvidence, bool?> Condition { get; }

        public TraceLayout Layout { get; }

        /// <summary>Evaluates the condition once; the trace behind it is evaluated later, only if asked for.</summary>
        public CharacteristicResult Evaluate(PduEvidence evidence) => Result(Condition(evidence), evidence);

        /// <summary>The result for an outcome already evaluated.</summary>
        public CharacteristicResult Result(bool? outcome, PduEvidence evidence) => new CharacteristicResult(Bound, outcome, Layout, evidence);
    }
}
