using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;

namespace Standards.Rules.Model
{
    /// <summary>The whole rule model: manifest, standards and example cases. Immutable once loaded.</summary>
    public sealed class Rulebook
    {
        public Rulebook(RulebookManifest manifest, IReadOnlyList<Standard> standards, IReadOnlyList<ExampleCase> examples, string contentHash, BoundRulebook bound)
        {
            Bound = bound;
            Manifest = manifest;
            Standards = standards;
            Examples = examples;
            ContentHash = contentHash;
        }

        /// <summary>Identity, version, scale and bands.</summary>
        public RulebookManifest Manifest { get; }

        /// <summary>The standards, ordered by id.</summary>
        public IReadOnlyList<Standard> Standards { get; }

        /// <summary>The example cases, in file order.</summary>
        public IReadOnlyList<ExampleCase> Examples { get; }

        /// <summary>SHA-256 over the rule files' paths and bytes, lowercase hex.</summary>
        public string ContentHash { get; }

        /// <summary>The output of the bind stage: conditions typed and references resolved. Complete only when loading reported no errors.</summary>
        public BoundRulebook Bound { get; }

        /// <summary>All characteristics of all standards.</summary>
        public IEnumerable<Characteristic> Characteristics => Standards.SelectMany(s => s.Characteristics);

        /// <summary>Finds a standard by id, or null.</summary>
        public Standard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);
    }
}
