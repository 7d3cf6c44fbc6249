using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Yaml;

namespace Standards.Engine.Evidence
{
    /// <summary>Turns located evidence nodes into the C# fact objects, collecting every problem with its position.</summary>
    internal sealed class EvidenceBinder
    {
        /// <summary>The key under <c>case_sample</c> that names a CSV of per-case judgements.</summary>
        public const string CasesFileKey = "cases_file";

        private readonly DiagnosticBag _diagnostics;
        private readonly string? _baseDirectory;

        public EvidenceBinder(DiagnosticBag diagnostics, string? baseDirectory)
        {
            _diagnostics = diagnostics;
            _baseDirectory = baseDirectory;
        }

        public PduEvidence? Bind(YamlNode root)
        {
            if (root is not YamlMapping mapping)
            {
                _diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, root.Span,
                    $"an evidence file should be a mapping of evidence groups (workforce, spans, case_sample…), but it is {root.KindName}");
                return null;
            }

            var evidence = (PduEvidence)BindRecord(mapping, EvidenceSchema.Instance.Root, typeof(PduEvidence), "")!;
            EvidenceChecks.Run(evidence, mapping, _diagnostics);
            return evidence;
        }

        private object BindRecord(YamlMapping mapping, FactType type, Type clrType, string prefix)
        {
            var instance = Activator.CreateInstance(clrType)!;
            foreach (var entry in mapping.Entries)
            {
                var name = entry.Key.Value;
                var path = prefix.Length == 0 ? name : prefix + "." + name;
                if (clrType == typeof(CaseSample) && name == CasesFileKey)
                {
                    BindCasesFile(entry, (CaseSample)instance);
                    continue;
                }

                var member = type.Find(name);
                var property = member is null ? null : clrType.GetProperty(member.ClrName);
                if (member is null || property is null || !property.CanWrite)
                {
                    var hint = Suggestions.Hint(name, type.Members.Where(m => clrType.GetProperty(m.ClrName)?.CanWrite == true).Select(m => m.Name));
                    var derived = member != null ? " (it is worked out from other evidence, so leave it out)" : string.Empty;
                    _diagnostics.Report(DiagnosticCatalog.UnknownEvidenceField, entry.Key.Span, $"`{path}` is not an evidence field{derived}{hint}");
                    continue;
                }

                var value = BindValue(entry.Value, member, property.PropertyType, path);
                if (value != null) property.SetValue(instance, value);
            }

            return instance;
        }

        private object? BindValue(YamlNode node, FactMember member, Type propertyType, string path)
        {
            if (node is YamlScalar scalar && (member.Kind != FactKind.Record && member.Kind != FactKind.Collection || scalar.IsNull))
            {
                return EvidenceValueReader.Read(scalar, member, path, _diagnostics);
            }

            if (member.Kind == FactKind.Record && node is YamlMapping mapping)
            {
                return BindRecord(mapping, member.ElementType!, Nullable.GetUnderlyingType(propertyType) ?? propertyType, path);
            }

            if (member.Kind == FactKind.Collection && node is YamlSequence sequence)
            {
                var elementClr = propertyType.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementClr))!;
                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    if (sequence.Items[i] is YamlMapping item)
                    {
                        list.Add(BindRecord(item, member.ElementType!, elementClr, $"{path}[{i + 1}]"));
                    }
                    else
                    {
                        _diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, sequence.Items[i].Span,
                            $"each item of `{path}` should be a mapping of fields, but item {i + 1} is {sequence.Items[i].KindName}");
                    }
                }

                return list;
            }

            var expected = member.Kind == FactKind.Record ? "a mapping of fields" : member.Kind == FactKind.Collection ? "a list" : "a single value";
            _diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, node.Span, $"`{path}` should be {expected}, but it is {node.KindName}");
            return null;
        }

        /// <summary>The CSV's path as the user would write it: beside the evidence file's path as given.</summary>
        private static string DisplayPath(YamlScalar scalar)
        {
            var folder = System.IO.Path.GetDirectoryName(scalar.Span.Path) ?? string.Empty;
            return (folder.Length == 0 ? scalar.Value.Trim() : folder + "/" + scalar.Value.Trim()).Replace('\\', '/');
        }

        private void BindCasesFile(YamlEntry entry, CaseSample sample)
        {
            if (entry.Value is not YamlScalar scalar || scalar.IsNull)
            {
                _diagnostics.Report(DiagnosticCatalog.EvidenceWrongUnit, entry.Value.Span, $"`case_sample.{CasesFileKey}` should be the path of a CSV file");
                return;
            }

            if (_baseDirectory is null)
            {
                _diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, scalar.Span, $"`case_sample.{CasesFileKey}` can only be used in an evidence file, not inline");
                return;
            }

            var file = System.IO.Path.Combine(_baseDirectory, scalar.Value.Trim());
            if (!System.IO.File.Exists(file))
            {
                _diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, scalar.Span, $"the case-sample file `{scalar.Value.Trim()}` does not exist");
                return;
            }

            sample.Cases = CaseSampleCsv.Read(file, DisplayPath(scalar), _diagnostics);
        }
    }
}
