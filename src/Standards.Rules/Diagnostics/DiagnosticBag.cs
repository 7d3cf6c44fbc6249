using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Text;

namespace Standards.Rules.Diagnostics
{
    /// <summary>Collects diagnostics; problems are gathered, never thrown.</summary>
    public sealed class DiagnosticBag
    {
        private readonly List<Diagnostic> _items = new List<Diagnostic>();

        /// <summary>True when any collected diagnostic is an error.</summary>
        public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>The number collected.</summary>
        public int Count => _items.Count;

        /// <summary>Adds a diagnostic.</summary>
        public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

        /// <summary>Adds a diagnostic built from a descriptor.</summary>
        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message, params SourceSpan[] additional) =>
            _items.Add(new Diagnostic(descriptor, span, message, additional));

        /// <summary>Replaces the first collected diagnostic that <paramref name="match"/> accepts with <paramref name="amend"/>'s result.</summary>
        internal void Amend(Func<Diagnostic, bool> match, Func<Diagnostic, Diagnostic> amend)
        {
            int index = _items.FindIndex(d => match(d));
            if (index >= 0) _items[index] = amend(_items[index]);
        }

        /// <summary>Adds every diagnostic of another collection.</summary>
        public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

        /// <summary>The diagnostics sorted by file, line, column and id, without exact repeats.</summary>
        public IReadOnlyList<Diagnostic> ToSortedList() => _items.Distinct().OrderBy(d => d).ToList();
    }
}
