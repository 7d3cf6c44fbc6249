using Standards.Engine.Rating;

namespace Standards.Engine.Rete
{
    /// <summary>A derived fact: a standard's rating for one PDU, inserted (linked) by the standard's rule.</summary>
    public sealed class RatedStandard
    {
        /// <summary>Creates the fact.</summary>
        public RatedStandard(EvidenceKey key, StandardRating rating)
        {
            Key = key;
            Rating = rating;
        }

        /// <summary>The PDU rated.</summary>
        public EvidenceKey Key { get; }

        /// <summary>The rating, with the key question judgements and characteristic results behind it.</summary>
        public StandardRating Rating { get; }
    }
}
