using System.Globalization;
using Standards.Rules.Facts;
using Standards.Rules.Text;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence.Checks
{
    /// <summary>One bound evidence field with the YAML entry it came from, when it was written in the file.</summary>
    internal sealed class EvidenceField
    {
        private readonly SourceSpan _fallback;

        public EvidenceField(string path, FactMember member, object? value, YamlEntry? entry, SourceSpan fallback)
        {
            Path = path;
            Member = member;
            Value = value;
            Entry = entry;
            _fallback = fallback;
        }

        /// <summary>The full path, such as <c>workforce.po.in_post_fte</c>.</summary>
        public string Path { get; }

        /// <summary>The field's contract.</summary>
        public FactMember Member { get; }

        /// <summary>The bound value, or null when absent.</summary>
        public object? Value { get; }

        /// <summary>The YAML entry, when the field was written in the evidence file.</summary>
        public YamlEntry? Entry { get; }

        /// <summary>The value as a number, or null.</summary>
        public double? Number => Value as double?;

        /// <summary>True when the field was written in the file with a value.</summary>
        public bool IsGiven => Entry != null && Value != null;

        /// <summary>Where the field's key is, or its record when it was not written.</summary>
        public SourceSpan Span => Entry?.Key.Span ?? _fallback;

        /// <summary>The value as written, such as <c>33.3%</c>.</summary>
        public string Written => Entry?.Value is YamlScalar scalar ? scalar.Value.Trim() : UnitFormat.Format(Number, Member.Unit);

        /// <summary>The field for a message: its path in backticks and its line.</summary>
        public string Located => $"`{Path}` (line {Span.Line})";

        /// <summary>How many decimal places the value was written with.</summary>
        public int Decimals
        {
            get
            {
                var text = Written.TrimEnd('%', ' ');
                int dot = text.IndexOf('.');
                return dot < 0 ? 0 : text.Length - dot - 1;
            }
        }

        /// <summary>A number formatted for messages, without needless decimals.</summary>
        public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
