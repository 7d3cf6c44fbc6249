using Standards.Engine.Compilation;
using Standards.Rules.Facts;

namespace Standards.Engine.Rating
{
    /// <summary>One evidence value a condition read: the path and the value, or null when the evidence is missing.</summary>
    public sealed class EvidenceReading
    {
        private readonly FactUnit _unit;
        private string? _display;

        public EvidenceReading(string path, object? value, string display, string? evidencePath = null)
        {
            Path = path;
            EvidencePath = evidencePath ?? path;
            Value = value;
            _display = display;
        }

        /// <summary>A reading whose <see cref="Display"/> is formatted from the value and unit on first use.</summary>
        internal EvidenceReading(string path, object? value, FactUnit unit, string evidencePath)
        {
            Path = path;
            EvidencePath = evidencePath;
            Value = value;
            _unit = unit;
        }

        /// <summary>The evidence path, such as <c>case_sample.oversight_sufficient_percent</c>.</summary>
        public string Path { get; }

        /// <summary>The evidence to supply when the value is missing: the field, or for an aggregate the list it reads.</summary>
        public string EvidencePath { get; }

        /// <summary>The value read; null when the evidence is missing.</summary>
        public object? Value { get; }

        /// <summary>The value formatted with its unit, such as <c>41%</c> or <c>missing</c>.</summary>
        public string Display => _display ??= ReadingProbe.Format(Value, _unit);

        /// <summary>True when the evidence was absent.</summary>
        public bool IsMissing => Value is null;
    }
}
