using Standards.Engine.Presentation;
using Standards.Rules.Facts;

namespace Standards.Engine.Rating
{
    /// <summary>One evidence value a condition read: the path and the value, or null when the evidence is missing.</summary>
    public sealed class EvidenceReading
    {
        private string? _display;

        /// <summary>Creates a reading of <paramref name="value"/> in <paramref name="unit"/>; <paramref name="evidencePath"/> is what to supply when it is missing.</summary>
        public EvidenceReading(string path, object? value, FactUnit unit, string evidencePath)
        {
            Path = path;
            EvidencePath = evidencePath;
            Value = value;
            Unit = unit;
        }

        /// <summary>The evidence path or aggregate as written, such as <c>case_sample.oversight_sufficient_percent</c>.</summary>
        public string Path { get; }

        /// <summary>The evidence to supply when the value is missing: the field, or for an aggregate the list it reads.</summary>
        public string EvidencePath { get; }

        /// <summary>The value read; null when the evidence is missing.</summary>
        public object? Value { get; }

        /// <summary>The unit of the value.</summary>
        public FactUnit Unit { get; }

        /// <summary>The value formatted with its unit, such as <c>41%</c> or <c>missing</c>.</summary>
        public string Display => _display ??= ReadingText.Format(Value, Unit);

        /// <summary>True when the evidence was absent.</summary>
        public bool IsMissing => Value is null;
    }
}
