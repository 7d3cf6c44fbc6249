using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Text;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// Reads a CSV of per-case judgements (RFC 4180, through CsvHelper): a header row of case fields
    /// (<c>case_id,oversight_sufficient,...</c>) then one row per case, with yes/no/true/false, or empty for not judged.
    /// Rows are streamed into a <see cref="CaseTally"/>; only the first <see cref="MaxKeptCases"/> are kept as records.
    /// </summary>
    internal static class CaseSampleCsv
    {
        /// <summary>Samples up to this many cases are also kept case by case, for rules that aggregate over <c>case_sample.cases</c>.</summary>
        public const int MaxKeptCases = 10_000;

        /// <summary>After this many problems the file is not read further.</summary>
        public const int MaxProblems = 100;

        /// <summary>The column that identifies a case; its values must be unique.</summary>
        public const string IdColumn = "case_id";

        public static IReadOnlyList<CaseRecord>? Read(string file, string display, CaseTally tally, DiagnosticBag diagnostics)
        {
            tally.Source = display;
            var problems = new DiagnosticBag();
            try
            {
                using var reader = CsvReader.FromFile(file, Options(display, problems));
                var records = Read(reader, file, display, tally, problems);
                diagnostics.AddRange(problems.ToSortedList());
                return problems.HasErrors ? null : records;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is DecoderFallbackException || e is CsvFormatException)
            {
                diagnostics.AddRange(problems.ToSortedList());
                diagnostics.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(display, 0, 1, 1), $"the case-sample file cannot be read: {e.Message}");
                return null;
            }
        }

        private static CsvReaderOptions Options(string display, DiagnosticBag problems) => new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            Encoding = new UTF8Encoding(false, true),
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => problems.Report(DiagnosticCatalog.MalformedCsv, SourceSpan.At(display, 0, (int)record.LineNumber, 1),
                $"row {record.RecordNumber - 1} (line {record.LineNumber}) has {Describe(record.Reason)}; a value with a comma, quote or line break is written in double quotes, with any quote inside doubled"),
        };

        private static string Describe(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside a value that does not start with one",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
            CsvMalformedReason.UnterminatedQuote => "a quoted value that is never closed",
            _ => "quoting that cannot be read",
        };

        private static List<CaseRecord>? Read(CsvReader reader, string file, string display, CaseTally tally, DiagnosticBag problems)
        {
            reader.ReadHeader();
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (header.Any(h => h.IndexOf('\uFFFD') >= 0))
            {
                problems.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(display, 0, 1, 1),
                    "the case-sample file cannot be read: the header row is not valid UTF-8 text; save the file as UTF-8");
                return null;
            }

            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                problems.Report(DiagnosticCatalog.MalformedCsv, SourceSpan.At(display, 0, 1, 1),
                    "the case-sample file is empty or has no header row; the first line names the case fields, such as `case_id,oversight_sufficient`");
                return null;
            }

            var columns = HeaderColumns(header, HeaderLine(file), display, tally, problems);
            if (columns is null) return null;
            var kept = new List<CaseRecord>();
            var ids = new CaseIdRegister();
            int skipped = 0;
            while (reader.Read() && problems.Count < MaxProblems)
            {
                var row = reader.RowNumber;
                var line = (int)reader.LineNumber;
                if (!System.Text.Unicode.Utf8.IsValid(reader.RawRecord))
                {
                    problems.Report(DiagnosticCatalog.EvidenceFileProblem, SourceSpan.At(display, 0, line, 1),
                        $"the case-sample file cannot be read: row {row} (line {line}) is not valid UTF-8 text; save the file as UTF-8");
                    return null;
                }

                if (reader.FieldCount != header.Length)
                {
                    problems.Report(DiagnosticCatalog.MalformedCsv, SourceSpan.At(display, 0, line, 1),
                        $"row {row} (line {line}) has {reader.FieldCount} values but the header has {header.Length} columns");
                    skipped++;
                    continue;
                }

                var record = kept.Count < MaxKeptCases ? new CaseRecord() : null;
                tally.AddCase();
                for (int i = 0; i < header.Length; i++)
                {
                    if (columns[i] is not (FactMember member, PropertyInfo property)) continue;
                    if (member.Kind == FactKind.Text)
                    {
                        var cell = reader.GetSpan(i);
                        cell = cell[Ascii.Trim(cell)];
                        if (member.Name == IdColumn && !cell.IsEmpty && ids.Add(cell, (int)row, line) is (int, int) first
                            && (skipped > 0 || first.Row > kept.Count || kept[first.Row - 1].CaseId == Encoding.UTF8.GetString(cell)))
                        {
                            ReportDuplicate(Encoding.UTF8.GetString(cell), first, row, line, CellSpan(reader, i, display), display, problems);
                        }

                        if (record != null) property.SetValue(record, cell.IsEmpty ? null : Encoding.UTF8.GetString(cell));
                        continue;
                    }

                    if (!TryJudgement(reader.GetSpan(i), out var judgement))
                    {
                        problems.Report(DiagnosticCatalog.MalformedCsv, CellSpan(reader, i, display),
                            $"row {row} (line {line}), column `{member.Name}` should be yes, no or empty, but it is `{reader.GetString(i).Trim()}`");
                        continue;
                    }

                    tally.Add(member.Name, judgement);
                    if (record != null) property.SetValue(record, judgement);
                }

                if (record != null) kept.Add(record);
            }

            if (problems.Count >= MaxProblems)
            {
                problems.Report(DiagnosticCatalog.MalformedCsv, SourceSpan.At(display, 0, (int)reader.LineNumber, 1),
                    $"the case-sample file has at least {MaxProblems} problems; reading stopped at line {reader.LineNumber}");
            }

            return tally.Cases <= MaxKeptCases ? kept : null;
        }

        private static (FactMember, PropertyInfo)?[]? HeaderColumns(string[] header, string headerLine, string display, CaseTally tally, DiagnosticBag problems)
        {
            var type = CaseSampleColumns.CaseType;
            var columns = new (FactMember, PropertyInfo)?[header.Length];
            var seen = new Dictionary<string, SourceSpan>();
            var spans = HeaderSpans(headerLine, header, display);
            for (int i = 0; i < header.Length; i++)
            {
                var member = type.Find(header[i]);
                if (member is null)
                {
                    problems.Report(DiagnosticCatalog.MalformedCsv, spans[i],
                        $"the column `{header[i]}` is not a case field{Suggestions.Hint(header[i], type.Members.Select(m => m.Name))}");
                    continue;
                }

                if (seen.TryGetValue(member.Name, out var first))
                {
                    problems.Report(DiagnosticCatalog.MalformedCsv, spans[i], $"the column `{header[i]}` appears twice in the header; the first is at column {first.Column}", first);
                    continue;
                }

                seen[member.Name] = spans[i];
                tally.Locate(member.Name, spans[i]);
                columns[i] = (member, typeof(CaseRecord).GetProperty(member.ClrName)!);
            }

            return problems.HasErrors ? null : columns;
        }

        private static void ReportDuplicate(string id, (int Row, int Line) first, long row, int line, SourceSpan at, string display, DiagnosticBag problems) =>
            problems.Report(DiagnosticCatalog.DuplicateCaseId, at,
                $"row {row} (line {line}) has the case id `{id}`, which row {first.Row} (line {first.Line}) already has; each case is counted once, so remove or renumber one of them",
                SourceSpan.At(display, 0, first.Line, 1));

        private static bool TryJudgement(ReadOnlySpan<byte> cell, out bool? judgement)
        {
            var text = cell[Ascii.Trim(cell)];
            judgement = null;
            if (text.IsEmpty) return true;
            if (Ascii.EqualsIgnoreCase(text, "yes"u8) || Ascii.EqualsIgnoreCase(text, "y"u8) || Ascii.EqualsIgnoreCase(text, "true"u8)) judgement = true;
            else if (Ascii.EqualsIgnoreCase(text, "no"u8) || Ascii.EqualsIgnoreCase(text, "n"u8) || Ascii.EqualsIgnoreCase(text, "false"u8)) judgement = false;
            return judgement != null;
        }

        /// <summary>The line and column of a field of the current record, counting line breaks inside quoted values before it.</summary>
        private static SourceSpan CellSpan(CsvReader reader, int field, string display)
        {
            var raw = reader.RawRecord;
            var cell = reader.GetRawSpan(field);
            int offset = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(raw), ref MemoryMarshal.GetReference(cell));
            if (offset < 0 || offset > raw.Length) return SourceSpan.At(display, 0, (int)reader.LineNumber, 1);
            var before = raw.Slice(0, offset);
            int lastBreak = before.LastIndexOf((byte)'\n');
            int line = (int)reader.LineNumber + before.Count((byte)'\n');
            int column = Encoding.UTF8.GetCharCount(before.Slice(lastBreak + 1)) + 1;
            int length = Encoding.UTF8.GetCharCount(cell);
            return new SourceSpan(display, 0, length, line, column, line, column + length);
        }

        /// <summary>The first line of the file as written, without a byte order mark; the header names are found in it.</summary>
        private static string HeaderLine(string file)
        {
            using var text = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[64 * 1024];
            int read = text.ReadBlock(buffer, 0, buffer.Length);
            var start = new string(buffer, 0, read);
            int end = start.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? start : start.Substring(0, end);
        }

        /// <summary>Where each header name is on line 1.</summary>
        private static SourceSpan[] HeaderSpans(string line, string[] header, string display)
        {
            var spans = new SourceSpan[header.Length];
            int from = 0;
            for (int i = 0; i < header.Length; i++)
            {
                int at = header[i].Length == 0 ? -1 : line.IndexOf(header[i], from, StringComparison.Ordinal);
                int column = at < 0 ? 1 : at + 1;
                spans[i] = new SourceSpan(display, Math.Max(at, 0), header[i].Length, 1, column, 1, column + header[i].Length);
                if (at >= 0) from = at + header[i].Length;
            }

            return spans;
        }
    }
}
