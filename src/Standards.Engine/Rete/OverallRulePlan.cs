using System.Collections.Generic;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Engine.Rete
{
    /// <summary>What the overall rule builds from the standards' ratings it collected.</summary>
    internal sealed class OverallRulePlan
    {
        public OverallRulePlan(RulebookManifest manifest, int standards)
        {
            Manifest = manifest;
            Standards = standards;
        }

        public RulebookManifest Manifest { get; }

        /// <summary>How many standard ratings make a complete collection.</summary>
        public int Standards { get; }

        /// <summary>Sums and bands the standards' points; copies the live collection NRules passes.</summary>
        public RatedPdu Rate(EvidenceKey key, IEnumerable<RatedStandard> ratings)
        {
            var ranges = new List<GradeRange>(Standards);
            foreach (var rating in ratings) ranges.Add(rating.Rating.Range);
            return new RatedPdu(key, RatingSemantics.RateOverall(ranges, Manifest.OverallBands, Manifest.Scale));
        }
    }
}
