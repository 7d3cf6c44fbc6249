using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Rules.Loading
{
    /// <summary>The outcome of loading a rulebook: the model (when it could be built) and every diagnostic, sorted.</summary>
    public sealed class RulebookLoadResult
    {
        /// <summary>Creates a rulebook load result from its parts.</summary>
        public RulebookLoadResult(Rulebook? rulebook, IReadOnlyList<Diagnostic> diagnostics)
        {
            Rulebook = rulebook;
            Diagnostics = diagnostics;
        }

        /// <summary>The model, or null when the manifest could not be read. Use it only when <see cref="HasErrors"/> is false.</summary>
        public Rulebook? Rulebook { get; }

        /// <summary>All diagnostics, sorted by file, line and column.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }
}
