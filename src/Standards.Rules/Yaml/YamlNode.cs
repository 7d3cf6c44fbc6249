using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>A located node of a YAML document: a scalar, a sequence or a mapping.</summary>
    public abstract class YamlNode
    {
        /// <summary>Creates a yaml node from its parts.</summary>
        protected YamlNode(SourceSpan span)
        {
            Span = span;
        }

        /// <summary>Where the node is in its file.</summary>
        public SourceSpan Span { get; }

        /// <summary>A plain-English name of the node's shape: "a mapping", "a list", "a value".</summary>
        public abstract string KindName { get; }
    }
}
