namespace Standards.Rules.Yaml
{
    /// <summary>One key and value of a mapping.</summary>
    public sealed class YamlEntry
    {
        /// <summary>Creates a yaml entry from its parts.</summary>
        public YamlEntry(YamlScalar key, YamlNode value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The key; non-scalar keys are rejected by the reader.</summary>
        public YamlScalar Key { get; }

        /// <summary>The value.</summary>
        public YamlNode Value { get; }
    }
}
