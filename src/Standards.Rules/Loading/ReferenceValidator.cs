using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Text;

namespace Standards.Rules.Loading
{
    /// <summary>Checks ids across the rulebook: unique standards, key questions and characteristics; known expectation targets.</summary>
    internal static class ReferenceValidator
    {
        /// <summary>
        /// Validates ids and expectation targets. A target that an <paramref name="unreadable"/> file seems to
        /// define (it has a line <c>id: TARGET</c>) is not reported again at every expectation: the file's own
        /// error says how many references wait on it.
        /// </summary>
        public static void Validate(IReadOnlyList<Standard> standards, IReadOnlyList<ExampleCase> examples, IReadOnlyList<RuleSource> unreadable, DiagnosticBag diagnostics)
        {
            CheckUnique(standards.Select(s => (s.Id, s.Span)), "standard", diagnostics);
            CheckUnique(standards.SelectMany(s => s.KeyQuestions).Select(k => (k.Id, k.Span)), "key question", diagnostics);
            CheckUnique(standards.SelectMany(s => s.Characteristics).Select(c => (c.Id, c.Span)), "characteristic", diagnostics);
            CheckUnique(examples.Select(e => (e.Name, e.Span)), "example case", diagnostics);

            var known = standards.Select(s => s.Id).Concat(new[] { ExpectedRating.OverallTarget }).ToList();
            var waiting = new Dictionary<string, List<string>>();
            foreach (var expectation in examples.SelectMany(e => e.Expectations))
            {
                if (!known.Contains(expectation.Target) && UnreadableDefining(expectation.Target, unreadable) is string file)
                {
                    if (!waiting.TryGetValue(file, out var targets)) waiting[file] = targets = new List<string>();
                    targets.Add(expectation.Target);
                }
                else if (!known.Contains(expectation.Target))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownStandard, expectation.Span,
                        $"`{expectation.Target}` is not a standard of this rulebook{Suggestions.Hint(expectation.Target, known)}");
                }
            }

            GroupUnderFileErrors(waiting, diagnostics);
        }

        private static void GroupUnderFileErrors(Dictionary<string, List<string>> waiting, DiagnosticBag diagnostics)
        {
            foreach (var pair in waiting)
            {
                var ids = string.Join(", ", pair.Value.Distinct().OrderBy(t => t, System.StringComparer.Ordinal).Select(t => $"`{t}`"));
                diagnostics.Amend(
                    d => d.Span.Path == pair.Key && d.Severity == DiagnosticSeverity.Error,
                    d => new Diagnostic(d.Descriptor, d.Span, $"{d.Message} (until this file reads, the {pair.Value.Count} expectation(s) of example cases that name {ids}, which it defines, are not checked)", d.AdditionalSpans));
            }
        }

        private static string? UnreadableDefining(string target, IReadOnlyList<RuleSource> unreadable)
        {
            var pattern = new Regex(@"^\s*-?\s*id:\s*['""]?" + Regex.Escape(target) + @"['""]?\s*(#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
            foreach (var source in unreadable)
            {
                if (pattern.IsMatch(Encoding.UTF8.GetString(source.Content))) return source.Path;
            }

            return null;
        }

        private static void CheckUnique(IEnumerable<(string Id, SourceSpan Span)> items, string what, DiagnosticBag diagnostics)
        {
            var first = new Dictionary<string, SourceSpan>();
            foreach (var (id, span) in items.OrderBy(i => i.Span))
            {
                if (first.TryGetValue(id, out var earlier))
                {
                    diagnostics.Report(DiagnosticCatalog.DuplicateId, span,
                        $"the {what} id `{id}` is used twice; the first is at {earlier.Path} line {earlier.Line}", earlier);
                }
                else
                {
                    first[id] = span;
                }
            }
        }
    }
}
