using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// A YAML mapping with its source position. Keys are unique: the reader reports duplicates
    /// and keeps the first occurrence.
    /// </summary>
    public sealed class YamlMapping : YamlNode
    {
        /// <summary>Creates a yaml mapping from its parts.</summary>
        public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span)
            : base(span)
        {
            Entries = entries;
        }

        /// <summary>The entries in document order.</summary>
        public IReadOnlyList<YamlEntry> Entries { get; }

        /// <summary>"a mapping", for messages.</summary>
        public override string KindName => "a mapping";

        /// <summary>Finds the entry with the given key, or null.</summary>
        public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
    }
}
