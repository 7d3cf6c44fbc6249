using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Diagnostics
{
    /// <summary>
    /// Collects diagnostics; problems are gathered, never thrown. Each file keeps at most
    /// <see cref="MaxPerFile"/> errors and <see cref="MaxPerFile"/> other diagnostics; the rest are counted
    /// and reported as one STD0021 line, so a broken file cannot flood memory or the output.
    /// </summary>
    public sealed class DiagnosticBag
    {
        /// <summary>The most errors, and separately the most warnings and notes, kept for one file.</summary>
        public const int MaxPerFile = 100;

        private readonly List<Diagnostic> _items = new List<Diagnostic>();
        private readonly HashSet<Diagnostic> _seen = new HashSet<Diagnostic>();
        private readonly Dictionary<(string Path, bool Error), int> _kept = new Dictionary<(string, bool), int>();
        private readonly Dictionary<string, (int Errors, int Others)> _dropped = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        private bool _hasErrors;

        /// <summary>True when any reported diagnostic is an error, shown or not.</summary>
        public bool HasErrors => _hasErrors;

        /// <summary>The number reported, including those over the per-file cap.</summary>
        public int Count => _items.Count + _dropped.Values.Sum(d => d.Errors + d.Others);

        /// <summary>Adds a diagnostic, unless it repeats one exactly or its file is over the cap.</summary>
        public void Add(Diagnostic diagnostic)
        {
            if (!_seen.Add(diagnostic)) return;
            bool error = diagnostic.Severity == DiagnosticSeverity.Error;
            _hasErrors |= error;
            var key = (diagnostic.Span.Path, error);
            _kept.TryGetValue(key, out int kept);
            if (kept < MaxPerFile)
            {
                _kept[key] = kept + 1;
                _items.Add(diagnostic);
                return;
            }

            _dropped.TryGetValue(diagnostic.Span.Path, out var dropped);
            _dropped[diagnostic.Span.Path] = error ? (dropped.Errors + 1, dropped.Others) : (dropped.Errors, dropped.Others + 1);
        }

        /// <summary>Adds a diagnostic built from a descriptor.</summary>
        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message, params SourceSpan[] additional) =>
            Add(new Diagnostic(descriptor, span, message, additional));

        /// <summary>Replaces the first collected diagnostic that <paramref name="match"/> accepts with <paramref name="amend"/>'s result.</summary>
        internal void Amend(Func<Diagnostic, bool> match, Func<Diagnostic, Diagnostic> amend)
        {
            int index = _items.FindIndex(d => match(d));
            if (index >= 0) _items[index] = amend(_items[index]);
        }

        /// <summary>Adds every diagnostic of another collection.</summary>
        public void AddRange(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics) Add(diagnostic);
        }

        /// <summary>
        /// The diagnostics sorted by file, line, column and id, without exact repeats; a file over the cap
        /// ends with an "and N more" line (STD0021) placed after its last shown diagnostic.
        /// </summary>
        public IReadOnlyList<Diagnostic> ToSortedList()
        {
            var sorted = _items.OrderBy(d => d).ToList();
            if (_dropped.Count == 0) return sorted;
            foreach (var file in _dropped.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                int index = sorted.FindLastIndex(d => d.Span.Path == file.Key) + 1;
                var last = sorted[index - 1].Span;
                sorted.Insert(index, new Diagnostic(DiagnosticCatalog.MoreProblemsNotShown, SourceSpan.At(file.Key, last.Start, last.Line, last.Column), MoreMessage(file.Value.Errors, file.Value.Others)));
            }

            return sorted;
        }

        private static string MoreMessage(int errors, int others)
        {
            string Count(int n, string what) => n.ToString("N0", CultureInfo.InvariantCulture) + " more " + what + (n == 1 ? string.Empty : "s");
            var parts = new List<string>();
            if (errors > 0) parts.Add(Count(errors, "error"));
            if (others > 0) parts.Add(Count(others, "warning"));
            return "and " + string.Join(" and ", parts) + $" in this file are not shown (at most {MaxPerFile} of each are listed); fix the ones above first";
        }
    }
}
