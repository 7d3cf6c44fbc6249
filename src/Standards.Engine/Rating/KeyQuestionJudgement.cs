using System.Collections.Generic;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>A derived fact: the grade (or range) of one key question, with the characteristics or measure behind it.</summary>
    public sealed class KeyQuestionJudgement
    {
        public KeyQuestionJudgement(Standard standard, KeyQuestion keyQuestion, GradeRange range, IReadOnlyList<CharacteristicResult> supports,
            double? measure, IReadOnlyList<EvidenceReading> measureReadings)
        {
            Standard = standard;
            KeyQuestion = keyQuestion;
            Range = range;
            Supports = supports;
            Measure = measure;
            MeasureReadings = measureReadings;
        }

        public Standard Standard { get; }

        public KeyQuestion KeyQuestion { get; }

        /// <summary>The grade or range the key question reached.</summary>
        public GradeRange Range { get; }

        /// <summary>The supporting characteristics of the key question and their outcomes.</summary>
        public IReadOnlyList<CharacteristicResult> Supports { get; }

        /// <summary>Domain two: the percentage of sampled cases judged sufficient, or null when unknown or not used.</summary>
        public double? Measure { get; }

        /// <summary>Domain two: the evidence the measure read.</summary>
        public IReadOnlyList<EvidenceReading> MeasureReadings { get; }
    }
}
