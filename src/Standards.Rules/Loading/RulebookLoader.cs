using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Model;
using Standards.Rules.Yaml;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// Loads a rulebook in named stages: read YAML into located nodes, build the model, check references,
    /// bind conditions against the evidence contract. Problems are collected, never thrown.
    /// </summary>
    public static class RulebookLoader
    {
        /// <summary>Loads the rule files of a folder.</summary>
        public static RulebookLoadResult LoadDirectory(string directory, IFactSchema schema) =>
            Load(RuleSourceReader.ReadDirectory(directory), schema);

        /// <summary>Loads the given rule files against the evidence contract <paramref name="schema"/>.</summary>
        public static RulebookLoadResult Load(IReadOnlyList<RuleSource> sources, IFactSchema schema)
        {
            var diagnostics = new DiagnosticBag();
            var ordered = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
            var manifests = new List<(RuleSource Source, YamlMapping Root)>();
            var standardFiles = new List<YamlMapping>();
            var exampleFiles = new List<YamlMapping>();
            var unreadable = new List<RuleSource>();
            foreach (var source in ordered)
            {
                if (source.ReadProblem != null)
                {
                    diagnostics.Add(source.ReadProblem);
                    unreadable.Add(source);
                    continue;
                }

                int reported = diagnostics.Count;
                var root = YamlDocumentReader.Read(source.Path, source.Content, diagnostics);
                if (root is null)
                {
                    if (diagnostics.Count > reported) unreadable.Add(source);
                    continue;
                }

                if (root is not YamlMapping mapping || mapping.Entries.Count == 0)
                {
                    diagnostics.Report(DiagnosticCatalog.WrongValueKind, root.Span,
                        $"a rule file should be a mapping starting with `rulebook:`, `standard:` or `examples:`, but it is {root.KindName}");
                    continue;
                }

                if (mapping.Find("rulebook") != null) manifests.Add((source, mapping));
                else if (mapping.Find("standard") != null) standardFiles.Add(mapping);
                else if (mapping.Find("examples") != null) exampleFiles.Add(mapping);
                else
                {
                    var first = mapping.Entries[0].Key;
                    diagnostics.Report(DiagnosticCatalog.UnknownKey, first.Span,
                        $"a rule file starts with `rulebook:`, `standard:` or `examples:`, not `{first.Value}`{Suggestions.Hint(first.Value, new[] { "rulebook", "standard", "examples" })}");
                }
            }

            RulebookManifest? manifest = null;
            // A rules folder that cannot be read at all is reported once (STD0020), not again as a missing manifest.
            bool folderUnreadable = ordered.Any(s => s.ReadProblem != null && s.RulebookPath.Length == 0);
            if (manifests.Count == 0 && !folderUnreadable)
            {
                var at = ordered.Count > 0 ? Text.SourceSpan.At(ordered[0].Path, 0, 1, 1) : Text.SourceSpan.None;
                diagnostics.Report(DiagnosticCatalog.ManifestProblem, at, "the rulebook has no manifest: add a file starting with `rulebook:` (see docs/rule-language.md)");
            }
            else if (manifests.Count > 0)
            {
                manifest = ManifestBuilder.Build(manifests[0].Root, diagnostics);
                foreach (var extra in manifests.Skip(1))
                {
                    diagnostics.Report(DiagnosticCatalog.ManifestProblem, extra.Root.Find("rulebook")!.Key.Span,
                        $"a rulebook has one manifest, but this is a second one; the first is {manifests[0].Source.Path}", manifests[0].Root.Span);
                }
            }

            var scale = manifest?.Scale;
            var standards = standardFiles.Select(f => StandardBuilder.Build(f, scale, diagnostics)).Where(s => s != null).Select(s => s!).ToList();
            var examples = exampleFiles.SelectMany(f => ExampleCaseBuilder.Build(f, scale, diagnostics)).ToList();
            if (manifest != null && unreadable.Count == 0 && standards.Count == standardFiles.Count)
            {
                // Only when every rule file was read: a standard file that failed to load is reported already.
                OverallBandCoverage.Check(manifest, standards, diagnostics);
            }

            ReferenceValidator.Validate(standards, examples, unreadable, diagnostics);
            IdLiteralValidator.Validate(standards, diagnostics);
            standards = standards.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            var bound = RulebookBinder.Bind(standards, scale, schema.Root, diagnostics);
            Consistency.ConsistencyChecker.Check(bound, scale, schema.Root, diagnostics);

            var rulebook = manifest is null
                ? null
                : new Rulebook(manifest, standards, examples, ContentHash.Compute(ordered), new BoundRulebook(manifest, bound));
            return new RulebookLoadResult(rulebook, diagnostics.ToSortedList());
        }
    }
}
