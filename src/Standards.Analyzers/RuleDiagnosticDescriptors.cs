using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
        /// <summary>The MSBuild property (passed as <c>build_property.StandardsHelpLinkBase</c>) that sets where the pages are.</summary>
        public const string HelpLinkBaseProperty = "build_property.StandardsHelpLinkBase";

        private static readonly ConcurrentDictionary<string, Dictionary<string, DiagnosticDescriptor>> ByHelpBase =
            new ConcurrentDictionary<string, Dictionary<string, DiagnosticDescriptor>>(StringComparer.Ordinal);

        /// <summary>Every catalog descriptor, in id order, linking to the default help base.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } =
            DiagnosticCatalog.All.Select(d => For(d, RuleDescriptor.DefaultHelpBase)).ToImmutableArray();

        /// <summary>
        /// The Roslyn descriptor for a catalog descriptor, with its help link under <paramref name="helpBase"/>
        /// (an absolute address of the folder of pages). Roslyn matches reported diagnostics to
        /// <see cref="All"/> by id, so the link can differ per project.
        /// </summary>
        public static DiagnosticDescriptor For(RuleDescriptor descriptor, string helpBase)
        {
            var forBase = ByHelpBase.GetOrAdd(helpBase, b => DiagnosticCatalog.All.ToDictionary(d => d.Id, d => Create(d, b), StringComparer.Ordinal));
            return forBase.TryGetValue(descriptor.Id, out var found) ? found : Create(descriptor, helpBase);
        }

        /// <summary>The project's help base from <c>StandardsHelpLinkBase</c>, or the default when unset or not an absolute address.</summary>
        public static string HelpBase(AnalyzerConfigOptions globalOptions) =>
            globalOptions.TryGetValue(HelpLinkBaseProperty, out var value) && Uri.TryCreate(value.Trim(), UriKind.Absolute, out _)
                ? value.Trim()
                : RuleDescriptor.DefaultHelpBase;

        private static DiagnosticDescriptor Create(RuleDescriptor descriptor, string helpBase) =>
            new DiagnosticDescriptor(
                descriptor.Id,
                descriptor.Title,
                "{0}",
                descriptor.Category,
                ToRoslyn(descriptor.Severity),
                isEnabledByDefault: true,
                helpLinkUri: descriptor.HelpUri(helpBase));

        /// <summary>Maps the catalog's severity to Roslyn's.</summary>
        public static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            RuleSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
        };
    }
}
