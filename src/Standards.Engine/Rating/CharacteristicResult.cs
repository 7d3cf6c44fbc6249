using System.Collections.Generic;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>A derived fact: the outcome of one characteristic's condition on the evidence.</summary>
    public sealed class CharacteristicResult
    {
        public CharacteristicResult(Standard standard, Characteristic characteristic, bool? outcome, IReadOnlyList<EvidenceReading> readings)
        {
            Standard = standard;
            Characteristic = characteristic;
            Outcome = outcome;
            Readings = readings;
        }

        public Standard Standard { get; }

        public Characteristic Characteristic { get; }

        /// <summary>True when the condition held, false when it did not, null when missing evidence leaves it unknown.</summary>
        public bool? Outcome { get; }

        /// <summary>The evidence values the condition read.</summary>
        public IReadOnlyList<EvidenceReading> Readings { get; }

        /// <summary>"held", "did not hold" or "unknown".</summary>
        public string OutcomeText => Outcome == true ? "held" : Outcome == false ? "did not hold" : "unknown";
    }
}
