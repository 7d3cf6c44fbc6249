using System;
using System.Runtime.CompilerServices;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// A fact holding one top-level section of a PDU's evidence (workforce, spans, workload, …). A rule
    /// matches only the sections its conditions read, so updating a section re-fires only those rules.
    /// Identity is the PDU's key and the section: updating a section with a new value is an NRules update.
    /// </summary>
    public abstract class EvidenceSection : IEquatable<EvidenceSection>
    {
        /// <summary>Creates the section fact of the PDU <paramref name="key"/>.</summary>
        protected EvidenceSection(EvidenceKey key)
        {
            Key = key;
        }

        /// <summary>The PDU the section belongs to.</summary>
        public EvidenceKey Key { get; }

        /// <summary>The section's value, or null when the evidence leaves the section out.</summary>
        public abstract object? Content { get; }

        /// <inheritdoc />
        public bool Equals(EvidenceSection? other) => other != null && other.GetType() == GetType() && ReferenceEquals(other.Key, Key);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as EvidenceSection);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Key), GetType());
    }
}
