using System;
using System.Collections.Generic;
using Standards.Engine.Facts;
using Standards.Rules.Text;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// Running counts over the cases of a sample, column by column, so a case list of any length is summed as it
    /// streams past instead of being held in memory.
    /// </summary>
    internal sealed class CaseTally
    {
        private readonly Dictionary<string, (long Judged, long Yes)> _counts = new Dictionary<string, (long, long)>();
        private readonly Dictionary<string, SourceSpan> _columns = new Dictionary<string, SourceSpan>();

        /// <summary>The number of cases counted.</summary>
        public long Cases { get; private set; }

        /// <summary>Where the cases came from, such as <c>evidence/cases.csv</c>; null for cases written in the evidence file.</summary>
        public string? Source { get; set; }

        /// <summary>Counts one more case.</summary>
        public void AddCase() => Cases++;

        /// <summary>Counts one judgement in a column: yes, no, or not judged (null).</summary>
        public void Add(string column, bool? judgement)
        {
            if (judgement is null) return;
            _counts.TryGetValue(column, out var count);
            _counts[column] = (count.Judged + 1, count.Yes + (judgement.Value ? 1 : 0));
        }

        /// <summary>Counts a whole case record written in the evidence file.</summary>
        public void Add(CaseRecord record)
        {
            AddCase();
            foreach (var member in CaseSampleColumns.CaseType.Members)
            {
                if (member.Kind != Rules.Facts.FactKind.Boolean) continue;
                Add(member.Name, (bool?)typeof(CaseRecord).GetProperty(member.ClrName)!.GetValue(record));
            }
        }

        /// <summary>Records where a column is named, so messages can point at it.</summary>
        public void Locate(string column, SourceSpan span) => _columns[column] = span;

        /// <summary>Where a column is named, if known.</summary>
        public SourceSpan? Where(string column) => _columns.TryGetValue(column, out var span) ? span : (SourceSpan?)null;

        /// <summary>The counts of a column: judged cases and those judged yes; null when no case was judged.</summary>
        public (long Judged, long Yes)? Counts(string column) =>
            _counts.TryGetValue(column, out var count) && count.Judged > 0 ? count : ((long, long)?)null;

        /// <summary>The exact share of judged cases marked yes, in percent; null when none were judged.</summary>
        public double? Percent(string column) => Counts(column) is (long judged, long yes) ? 100.0 * yes / judged : (double?)null;

        /// <summary>The share rounded to 0.1, as the evidence holds it.</summary>
        public double? RoundedPercent(string column) => Percent(column) is double p ? Math.Round(p, 1) : (double?)null;
    }
}
