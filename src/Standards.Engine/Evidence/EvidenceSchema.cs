using Standards.Engine.Facts;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence
{
    /// <summary>The evidence contract of this engine's fact types, built once by reflection.</summary>
    public static class EvidenceSchema
    {
        /// <summary>The schema rooted at <see cref="PduEvidence"/>.</summary>
        public static IFactSchema Instance { get; } = new ReflectionFactSchema(typeof(PduEvidence));
    }
}
