using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;
using Standards.Rules.Text;

namespace Standards.Rules.Loading
{
    /// <summary>Checks ids across the rulebook: unique standards, key questions and characteristics; known expectation targets.</summary>
    internal static class ReferenceValidator
    {
        public static void Validate(IReadOnlyList<Standard> standards, IReadOnlyList<ExampleCase> examples, DiagnosticBag diagnostics)
        {
            CheckUnique(standards.Select(s => (s.Id, s.Span)), "standard", diagnostics);
            CheckUnique(standards.SelectMany(s => s.KeyQuestions).Select(k => (k.Id, k.Span)), "key question", diagnostics);
            CheckUnique(standards.SelectMany(s => s.Characteristics).Select(c => (c.Id, c.Span)), "characteristic", diagnostics);
            CheckUnique(examples.Select(e => (e.Name, e.Span)), "example case", diagnostics);

            var known = standards.Select(s => s.Id).Concat(new[] { ExpectedRating.OverallTarget }).ToList();
            foreach (var expectation in examples.SelectMany(e => e.Expectations))
            {
                if (!known.Contains(expectation.Target))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownStandard, expectation.Span,
                        $"`{expectation.Target}` is not a standard of this rulebook{Suggestions.Hint(expectation.Target, known)}");
                }
            }
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
