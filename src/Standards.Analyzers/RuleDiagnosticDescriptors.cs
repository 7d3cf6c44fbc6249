using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Standards.Rules.Diagnostics;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using RuleDescriptor = Standards.Rules.Diagnostics.DiagnosticDescriptor;
using RuleSeverity = Standards.Rules.Diagnostics.DiagnosticSeverity;

namespace Standards.Analyzers
{
    /// <summary>
    /// One Roslyn descriptor per entry of <see cref="DiagnosticCatalog"/>, built at run time so a new catalog
    /// id is supported without touching the analyzer. Title, category and severity come from the catalog; the
    /// message is the validator's own text.
    /// </summary>
    internal static class RuleDiagnosticDescriptors
    {
        /// <summary>Where each id's documentation page lives: <c>docs/diagnostics/&lt;ID&gt;.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/standards/standards/blob/main/docs/diagnostics/";

        private static readonly Dictionary<string, DiagnosticDescriptor> ById =
            DiagnosticCatalog.All.ToDictionary(d => d.Id, Create);

        /// <summary>Every catalog descriptor, in id order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } =
            DiagnosticCatalog.All.Select(d => ById[d.Id]).ToImmutableArray();

        /// <summary>The Roslyn descriptor for a catalog descriptor.</summary>
        public static DiagnosticDescriptor For(RuleDescriptor descriptor) =>
            ById.TryGetValue(descriptor.Id, out var found) ? found : Create(descriptor);

        private static DiagnosticDescriptor Create(RuleDescriptor descriptor) =>
            new DiagnosticDescriptor(
                descriptor.Id,
                descriptor.Title,
                "{0}",
                descriptor.Category,
                ToRoslyn(descriptor.Severity),
                isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + descriptor.Id + ".md");

        /// <summary>Maps the catalog's severity to Roslyn's.</summary>
        public static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            RuleSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
        };
    }
}
