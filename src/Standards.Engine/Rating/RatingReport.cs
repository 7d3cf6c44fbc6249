using System.Collections.Generic;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>The provisional ratings for one PDU, with the rulebook that produced them.</summary>
    public sealed class RatingReport
    {
        /// <summary>Creates a report.</summary>
        public RatingReport(RulebookManifest rulebook, string contentHash, string pduName, IReadOnlyList<StandardRating> standards, OverallRating overall, int firings)
        {
            Rulebook = rulebook;
            ContentHash = contentHash;
            PduName = pduName;
            Standards = standards;
            Overall = overall;
            Firings = firings;
        }

        /// <summary>The manifest of the rulebook used: id, version, scale.</summary>
        public RulebookManifest Rulebook { get; }

        /// <summary>The rulebook's content hash.</summary>
        public string ContentHash { get; }

        /// <summary>The PDU's name, or "unnamed PDU".</summary>
        public string PduName { get; }

        /// <summary>The standards' ratings, ordered by standard id.</summary>
        public IReadOnlyList<StandardRating> Standards { get; }

        /// <summary>The overall rating.</summary>
        public OverallRating Overall { get; }

        /// <summary>How many rule firings produced the report.</summary>
        public int Firings { get; }
    }
}
