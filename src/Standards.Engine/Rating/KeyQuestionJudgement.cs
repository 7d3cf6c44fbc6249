using System.Collections.Generic;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Rules.Binding;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>A derived fact: the grade (or range) of one key question, with the characteristics or measure behind it.</summary>
    public sealed class KeyQuestionJudgement
    {
        private readonly TraceLayout? _measureLayout;
        private readonly PduEvidence? _evidence;
        private ConditionTrace? _measureTrace;

        internal KeyQuestionJudgement(BoundKeyQuestion bound, GradeRange range, IReadOnlyList<CharacteristicResult> supports,
            double? measure, TraceLayout? measureLayout, PduEvidence? evidence)
        {
            Bound = bound;
            Range = range;
            Supports = supports;
            Measure = measure;
            _measureLayout = measureLayout;
            _evidence = evidence;
        }

        /// <summary>The key question, bound.</summary>
        public BoundKeyQuestion Bound { get; }

        /// <summary>The standard it belongs to.</summary>
        public Standard Standard => Bound.Standard;

        /// <summary>The key question as written.</summary>
        public KeyQuestion KeyQuestion => Bound.KeyQuestion;

        /// <summary>The grade or range the key question reached.</summary>
        public GradeRange Range { get; }

        /// <summary>The supporting characteristics of the key question and their outcomes.</summary>
        public IReadOnlyList<CharacteristicResult> Supports { get; }

        /// <summary>Domain two: the percentage of sampled cases judged sufficient, or null when unknown or not used.</summary>
        public double? Measure { get; }

        /// <summary>The evidence the judgement was made on; rules pass it along their chain of bindings.</summary>
        internal PduEvidence? Evidence => _evidence;

        /// <summary>Domain two: the evaluation of the measure, when there is one.</summary>
        public ConditionTrace? MeasureTrace => _measureTrace ??= _measureLayout is null || _evidence is null ? null : _measureLayout.Evaluate(_evidence);

        /// <summary>Domain two: the evidence the measure read.</summary>
        public IReadOnlyList<EvidenceReading> MeasureReadings => MeasureTrace?.Readings ?? new EvidenceReading[0];
    }
}
