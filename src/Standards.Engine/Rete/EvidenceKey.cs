namespace Standards.Engine.Rete
{
    /// <summary>
    /// A fact naming one PDU's evidence in a session. Section facts and derived ratings carry it, and every
    /// rule joins on it, so two PDUs in one session never mix (NRules' aggregates span the whole session).
    /// Identity is by reference.
    /// </summary>
    public sealed class EvidenceKey
    {
        /// <summary>Creates a key for the PDU called <paramref name="name"/>.</summary>
        public EvidenceKey(string name)
        {
            Name = name;
        }

        /// <summary>The PDU's name, for display.</summary>
        public string Name { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
