using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Model;

namespace Standards.Rules.Binding
{
    /// <summary>
    /// The output of the bind stage: every standard with its conditions typed against the evidence contract
    /// and every grade and key question reference resolved to an object. Every back end (compilers,
    /// evaluators, the consistency checks, explanations) reads this model.
    /// </summary>
    public sealed class BoundRulebook
    {
        /// <summary>Creates a bound rulebook.</summary>
        public BoundRulebook(RulebookManifest manifest, IReadOnlyList<BoundStandard> standards)
        {
            Manifest = manifest;
            Standards = standards;
        }

        /// <summary>Identity, version, scale and bands.</summary>
        public RulebookManifest Manifest { get; }

        /// <summary>The rating scale.</summary>
        public GradeScale Scale => Manifest.Scale;

        /// <summary>The standards, ordered by id.</summary>
        public IReadOnlyList<BoundStandard> Standards { get; }

        /// <summary>Every bound characteristic, standard by standard.</summary>
        public IEnumerable<BoundCharacteristic> Characteristics => Standards.SelectMany(s => s.Characteristics);

        /// <summary>True when every standard bound completely.</summary>
        public bool IsComplete => Standards.All(s => s.IsComplete);

        /// <summary>Finds a bound standard by id, or null.</summary>
        public BoundStandard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);
    }
}
