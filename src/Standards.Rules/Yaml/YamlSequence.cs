using System.Collections.Generic;
using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>A YAML sequence (a list) with its source position.</summary>
    public sealed class YamlSequence : YamlNode
    {
        /// <summary>Creates a yaml sequence from its parts.</summary>
        public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span)
            : base(span)
        {
            Items = items;
        }

        /// <summary>The items in document order.</summary>
        public IReadOnlyList<YamlNode> Items { get; }

        /// <summary>"a list", for messages.</summary>
        public override string KindName => "a list";
    }
}
