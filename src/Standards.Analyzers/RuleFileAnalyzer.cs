using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using DiagnosticCatalog = Standards.Rules.Diagnostics.DiagnosticCatalog;
using Standards.Rules.Loading;

namespace Standards.Analyzers
{
    /// <summary>
    /// Checks the project's rule files (<c>rules/**/*.yaml</c> AdditionalFiles) against the C# evidence contract
    /// (the class marked <c>[EvidenceRoot]</c>) at build time, and reports every problem at its YAML position,
    /// for example <c>rules/standards/P1.2-staffing.yaml(429,23): error STD1003: ...</c>.
    /// </summary>
    /// <remarks>
    /// STYLE asks for one analyzer per file, named after its id. This is deliberately one analyzer for every
    /// catalog id: the rules are validated once, by <see cref="RulebookLoader"/> in Standards.Rules (the same
    /// code the CLI runs), and a whole rulebook is loaded in one pass because references cross files (key
    /// questions, grades of the manifest's scale, duplicate ids). Splitting by id would mean loading the
    /// rulebook once per analyzer, or a second validator here; this class only maps positions.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RuleFileAnalyzer : DiagnosticAnalyzer
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDiagnosticDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(AnalyzeRulebook);
        }

        private static void AnalyzeRulebook(CompilationAnalysisContext context)
        {
            var sources = ReadRuleFiles(context.Options.AdditionalFiles, context);
            if (sources.Count == 0) return;
            var helpBase = RuleDiagnosticDescriptors.HelpBase(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var schema = RoslynFactSchema.TryCreate(context.Compilation);
            if (schema is null)
            {
                ReportNoEvidenceRoot(context, sources, helpBase);
                return;
            }

            var fingerprint = RulebookFingerprint.Of(sources, schema.Root);
            if (!RulebookCheckCache.TryGet(fingerprint, out var diagnostics))
            {
                diagnostics = RulebookLoader.Load(sources, schema).Diagnostics;
                RulebookCheckCache.Add(fingerprint, diagnostics);
            }

            foreach (var diagnostic in diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var additional = new List<Location>();
                foreach (var span in diagnostic.AdditionalSpans)
                {
                    var location = RuleFileLocations.ToLocation(span);
                    if (location != Location.None) additional.Add(location);
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    RuleDiagnosticDescriptors.For(diagnostic.Descriptor, helpBase),
                    RuleFileLocations.ToLocation(diagnostic.Span),
                    additional,
                    diagnostic.Message));
            }
        }

        /// <summary>STD3001 at the first rule file: without an evidence contract the rules cannot be checked, and silence would look like success.</summary>
        private static void ReportNoEvidenceRoot(CompilationAnalysisContext context, List<RuleSource> sources, string helpBase)
        {
            var first = sources.OrderBy(s => s.Path, StringComparer.Ordinal).First();
            bool referenced = context.Compilation.GetTypeByMetadataName(RoslynFactSchema.EvidenceRootAttributeName) != null;
            var message = $"the project has {sources.Count} rule file(s) but no class marked [EvidenceRoot], so they are not checked; "
                + (referenced ? string.Empty : "reference Standards.Rules (where the attribute is) and ")
                + "mark the root class of the evidence contract with [Standards.Rules.Facts.EvidenceRoot], or set <StandardsAddRuleFiles>false</StandardsAddRuleFiles> if these YAML files are not rule files";
            var location = Location.Create(first.Path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));
            context.ReportDiagnostic(Diagnostic.Create(RuleDiagnosticDescriptors.For(DiagnosticCatalog.NoEvidenceRoot, helpBase), location, message));
        }

        private static List<RuleSource> ReadRuleFiles(ImmutableArray<AdditionalText> files, CompilationAnalysisContext context)
        {
            var sources = new List<RuleSource>();
            foreach (var file in files)
            {
                if (!RuleFilePaths.IsRuleFile(file.Path)) continue;
                var text = file.GetText(context.CancellationToken);
                if (text is null) continue;
                sources.Add(new RuleSource(file.Path, Utf8.GetBytes(text.ToString())));
            }

            return sources;
        }
    }
}
