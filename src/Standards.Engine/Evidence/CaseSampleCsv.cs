using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Text;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// Reads a CSV of per-case judgements: a header row of case fields (<c>case_id,oversight_sufficient,...</c>)
    /// then one row per case, with yes/no/true/false, or empty for not judged.
    /// </summary>
    internal static class CaseSampleCsv
    {
        public const int MaxBytes = 20 * 1024 * 1024;

        public static IReadOnlyList<CaseRecord>? Read(string file, string display, DiagnosticBag diagnostics)
        {
            string text;
            try
            {
                if (new FileInfo(file).Length > MaxBytes)
                {
                    diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(display, 0, 1, 1), $"the case-sample file is larger than {MaxBytes / 1024 / 1024} MB");
                    return null;
                }

                text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
            }
            catch (Exception e) when (e is IOException || e is DecoderFallbackException || e is UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(display, 0, 1, 1), $"the case-sample file cannot be read: {e.Message}");
                return null;
            }

            var lines = text.Replace("\r\n", "\n").Split('\n');
            if (lines[0].Trim().Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.MalformedCsv, SourceSpan.At(display, 0, 1, 1),
                    "the case-sample file is empty or has no header row; the first line names the case fields, such as `case_id,oversight_sufficient`");
                return null;
            }

            var lineStarts = new int[lines.Length];
            for (int i = 1; i < lines.Length; i++) lineStarts[i] = lineStarts[i - 1] + lines[i - 1].Length + 1;
            var type = EvidenceSchema.Instance.Root.Find("case_sample")!.ElementType!.Find("cases")!.ElementType!;
            var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
            var members = new FactMember?[header.Length];
            bool ok = true;
            for (int i = 0, column = 1; i < header.Length; column += header[i].Length + 1, i++)
            {
                members[i] = type.Find(header[i]);
                if (members[i] is null)
                {
                    diagnostics.Report(DiagnosticCatalog.MalformedCsv, new SourceSpan(display, column - 1, header[i].Length, 1, column, 1, column + header[i].Length),
                        $"the column `{header[i]}` is not a case field{Suggestions.Hint(header[i], type.Members.Select(m => m.Name))}");
                    ok = false;
                }
            }

            var records = new List<CaseRecord>();
            for (int row = 1; row < lines.Length; row++)
            {
                if (lines[row].Trim().Length == 0) continue;
                var cells = lines[row].Split(',');
                if (cells.Length != header.Length)
                {
                    diagnostics.Report(DiagnosticCatalog.MalformedCsv, new SourceSpan(display, lineStarts[row], lines[row].Length, row + 1, 1, row + 1, lines[row].Length + 1),
                        $"row {row + 1} has {cells.Length} values but the header has {header.Length} columns");
                    ok = false;
                    continue;
                }

                var record = new CaseRecord();
                for (int i = 0, column = 1; i < cells.Length; column += cells[i].Length + 1, i++)
                {
                    if (members[i] is not FactMember member) continue;
                    var cell = cells[i].Trim();
                    var property = typeof(CaseRecord).GetProperty(member.ClrName)!;
                    if (member.Kind == FactKind.Text)
                    {
                        property.SetValue(record, cell.Length == 0 ? null : cell);
                        continue;
                    }

                    switch (cell.ToLowerInvariant())
                    {
                        case "": break;
                        case "yes": case "true": case "y": property.SetValue(record, true); break;
                        case "no": case "false": case "n": property.SetValue(record, false); break;
                        default:
                            diagnostics.Report(DiagnosticCatalog.MalformedCsv, new SourceSpan(display, lineStarts[row] + column - 1, cells[i].Length, row + 1, column, row + 1, column + cells[i].Length),
                                $"row {row + 1}, column `{member.Name}` should be yes, no or empty, but it is `{cell}`");
                            ok = false;
                            break;
                    }
                }

                records.Add(record);
            }

            return ok ? records : null;
        }
    }
}
