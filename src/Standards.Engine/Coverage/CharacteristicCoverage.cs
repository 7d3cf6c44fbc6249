using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>Whether the example cases made one characteristic (a support or a cap) hold, fail and be unknown.</summary>
    public sealed class CharacteristicCoverage
    {
        internal CharacteristicCoverage(Standard standard, Characteristic characteristic)
        {
            Standard = standard;
            Characteristic = characteristic;
        }

        /// <summary>The standard.</summary>
        public Standard Standard { get; }

        /// <summary>The characteristic.</summary>
        public Characteristic Characteristic { get; }

        /// <summary>Some example case made the condition hold.</summary>
        public bool Held { get; internal set; }

        /// <summary>Some example case made the condition fail.</summary>
        public bool Failed { get; internal set; }

        /// <summary>Some example case left the condition unknown (missing evidence).</summary>
        public bool Unknown { get; internal set; }

        /// <summary>How many of the three outcomes were seen.</summary>
        public int Covered => (Held ? 1 : 0) + (Failed ? 1 : 0) + (Unknown ? 1 : 0);
    }
}
