using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;

namespace Standards.Engine.Evidence
{
    /// <summary>The evidence read from a file, or the diagnostics that stop it being rated.</summary>
    public sealed class EvidenceLoadResult
    {
        /// <summary>Creates an evidence load result from its parts.</summary>
        public EvidenceLoadResult(PduEvidence? evidence, IReadOnlyList<Diagnostic> diagnostics)
        {
            Diagnostics = diagnostics;
            Evidence = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : evidence;
        }

        /// <summary>The evidence; null when any error was found, so no rating is made from invalid evidence.</summary>
        public PduEvidence? Evidence { get; }

        /// <summary>Problems found, sorted by file, line and column.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when the evidence can be rated.</summary>
        public bool IsValid => Evidence != null;
    }
}
