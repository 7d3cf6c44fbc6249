using System.Collections.Generic;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Rules.Binding;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>
    /// A derived fact: the outcome of one characteristic's condition on the evidence. The trace behind it
    /// (sub-expression values and the evidence read) is evaluated only when asked for.
    /// </summary>
    public sealed class CharacteristicResult
    {
        private readonly TraceLayout? _layout;
        private readonly PduEvidence? _evidence;
        private ConditionTrace? _trace;

        internal CharacteristicResult(BoundCharacteristic bound, bool? outcome, TraceLayout? layout, PduEvidence? evidence)
        {
            Bound = bound;
            Outcome = outcome;
            _layout = layout;
            _evidence = evidence;
        }

        /// <summary>The characteristic, bound.</summary>
        public BoundCharacteristic Bound { get; }

        /// <summary>The standard it belongs to.</summary>
        public Standard Standard => Bound.Standard;

        /// <summary>The characteristic as written.</summary>
        public Characteristic Characteristic => Bound.Characteristic;

        /// <summary>The grade it supports or caps at.</summary>
        public Grade Grade => Bound.Grade;

        /// <summary>True when the condition held, false when it did not, null when missing evidence leaves it unknown.</summary>
        public bool? Outcome { get; }

        /// <summary>The evaluation behind the outcome: every sub-expression's value and the evidence read; null when there is no evidence to trace.</summary>
        public ConditionTrace? Trace => _trace ??= _layout is null || _evidence is null ? null : _layout.Evaluate(_evidence);

        /// <summary>The evidence values the condition read.</summary>
        public IReadOnlyList<EvidenceReading> Readings => Trace?.Readings ?? new EvidenceReading[0];

        /// <summary>The evidence the outcome was evaluated on; rules pass it along their chain of bindings.</summary>
        internal PduEvidence? Evidence => _evidence;

        /// <summary>"held", "did not hold" or "unknown".</summary>
        public string OutcomeText => Presentation.OutcomeText.Of(Outcome);
    }
}
