using Standards.Engine.Rating;

namespace Standards.Engine.Rete
{
    /// <summary>A derived fact: the overall rating of one PDU, inserted (linked) by the overall rule.</summary>
    public sealed class RatedPdu
    {
        /// <summary>Creates the fact.</summary>
        public RatedPdu(EvidenceKey key, OverallRating overall)
        {
            Key = key;
            Overall = overall;
        }

        /// <summary>The PDU rated.</summary>
        public EvidenceKey Key { get; }

        /// <summary>The overall rating.</summary>
        public OverallRating Overall { get; }
    }
}
