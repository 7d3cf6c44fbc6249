using System.Collections.Generic;
using Standards.Engine.Rating;

namespace Standards.Engine.Explanation
{
    /// <summary>A characteristic that keeps a standard from the next grade, and the evidence changes that would lift it.</summary>
    public sealed class NearMiss
    {
        /// <summary>Creates a near miss.</summary>
        public NearMiss(CharacteristicResult? blocker, string why, IReadOnlyList<string> changes)
        {
            Blocker = blocker;
            Why = why;
            Changes = changes;
        }

        /// <summary>The characteristic that failed (a support) or held (a cap); null for a domain-two key question below the band.</summary>
        public CharacteristicResult? Blocker { get; }

        /// <summary>A sentence such as "Good was blocked by P1.2.3-good-oversight (rules/…:40) because …".</summary>
        public string Why { get; }

        /// <summary>The smallest evidence changes that would clear this blocker, such as "raise `x` from 41% to at least 65%".</summary>
        public IReadOnlyList<string> Changes { get; }
    }
}
