using System.Collections.Generic;
using Standards.Rules.Model;

namespace Standards.Rules.Binding
{
    /// <summary>A key question after binding: its supporting characteristics (the ladder) or its domain-two measure.</summary>
    public sealed class BoundKeyQuestion
    {
        /// <summary>Creates a bound key question.</summary>
        public BoundKeyQuestion(Standard standard, KeyQuestion keyQuestion, IReadOnlyList<BoundCharacteristic> supports, BoundExpr? measure)
        {
            Standard = standard;
            KeyQuestion = keyQuestion;
            Supports = supports;
            Measure = measure;
        }

        /// <summary>The standard it belongs to.</summary>
        public Standard Standard { get; }

        /// <summary>The key question as written.</summary>
        public KeyQuestion KeyQuestion { get; }

        /// <summary>The characteristics that support its grades, in file order.</summary>
        public IReadOnlyList<BoundCharacteristic> Supports { get; }

        /// <summary>Domain two: the percentage of sampled cases judged sufficient; null for ladder key questions.</summary>
        public BoundExpr? Measure { get; }

        /// <summary>The id, such as <c>P1.2.3</c>.</summary>
        public string Id => KeyQuestion.Id;
    }
}
