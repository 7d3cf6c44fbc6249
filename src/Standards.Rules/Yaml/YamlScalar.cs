using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>A scalar value with its source position.</summary>
    public sealed class YamlScalar : YamlNode, ITextLocator
    {
        /// <summary>Creates a yaml scalar from its parts.</summary>
        public YamlScalar(string value, bool isQuoted, SourceSpan span)
            : base(span)
        {
            Value = value;
            IsQuoted = isQuoted;
            Locator = new SingleLineLocator(span.Path, span.Start + (isQuoted ? 1 : 0), span.Line, span.Column + (isQuoted ? 1 : 0));
        }

        /// <summary>The scalar text, after YAML unescaping.</summary>
        public string Value { get; }

        /// <summary>True for single- or double-quoted or block scalars; false for plain scalars.</summary>
        public bool IsQuoted { get; }

        /// <summary>True for a plain <c>~</c>, <c>null</c> or empty scalar.</summary>
        public bool IsNull => !IsQuoted && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        /// <summary>"a value", for messages.</summary>
        public override string KindName => "a value";

        /// <summary>
        /// Maps characters of <see cref="Value"/> to file positions. Exact for plain and quoted
        /// single-line scalars and for literal and folded block scalars without escapes.
        /// </summary>
        public SourceSpan Locate(int offset, int length) => Locator.Locate(offset, length);

        /// <summary>The position map set by the reader; defaults to the scalar's first position.</summary>
        internal ITextLocator Locator { get; set; } = null!;

        /// <inheritdoc/>
        public override string ToString() => Value;
    }
}
