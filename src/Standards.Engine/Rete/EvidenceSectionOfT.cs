namespace Standards.Engine.Rete
{
    /// <summary>The section fact for the evidence section type <typeparamref name="T"/>, such as <c>Workforce</c>.</summary>
    public sealed class EvidenceSection<T> : EvidenceSection
        where T : class
    {
        /// <summary>Creates the section fact of the PDU <paramref name="key"/> with <paramref name="value"/> (null when absent).</summary>
        public EvidenceSection(EvidenceKey key, T? value)
            : base(key)
        {
            Value = value;
        }

        /// <summary>The section, or null when the evidence leaves it out.</summary>
        public T? Value { get; }

        /// <inheritdoc />
        public override object? Content => Value;
    }
}
