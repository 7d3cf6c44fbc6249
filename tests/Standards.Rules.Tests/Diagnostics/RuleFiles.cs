using System.Collections.Generic;
using System.Linq;
using System.Text;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>
    /// Small in-memory rule files for the diagnostic tests: a minimal valid manifest, a one-characteristic
    /// standard whose condition can be swapped, and helpers that load them against the engine's evidence
    /// contract and assert diagnostics by id and exact position.
    /// </summary>
    internal static class RuleFiles
    {
        public const string ManifestPath = "rules/rulebook.yaml";
        public const string StandardPath = "rules/standards/p1.2.yaml";
        public const string ExamplesPath = "rules/examples/p1.2.yaml";

        /// <summary>A valid condition for <see cref="Standard"/>.</summary>
        public const string ValidCondition = "case_sample.oversight_sufficient_percent >= 65%";

        /// <summary>The line of <see cref="Standard"/> that holds <c>when:</c>.</summary>
        public const int WhenLine = 16;

        /// <summary>The column where the condition text starts on <see cref="WhenLine"/> (after <c>    when: </c>).</summary>
        public const int WhenColumn = 11;

        /// <summary>The smallest valid manifest: identity, a four-grade scale, overall bands and case-sample bands (40 lines).</summary>
        public const string Manifest =
            "rulebook:\n" +                          // 1
            "  id: test-rulebook\n" +                // 2
            "  title: Test rulebook\n" +             // 3
            "  version: 1.0.0\n" +                   // 4
            "  effective: 2026-04-01\n" +            // 5
            "scale:\n" +                             // 6
            "  - grade: inadequate\n" +              // 7
            "    label: Inadequate\n" +              // 8
            "    points: 0\n" +                      // 9
            "  - grade: requires_improvement\n" +    // 10
            "    label: Requires improvement\n" +    // 11
            "    points: 1\n" +                      // 12
            "  - grade: good\n" +                    // 13
            "    label: Good\n" +                    // 14
            "    points: 2\n" +                      // 15
            "  - grade: outstanding\n" +             // 16
            "    label: Outstanding\n" +             // 17
            "    points: 3\n" +                      // 18
            "overall:\n" +                           // 19
            "  - grade: inadequate\n" +              // 20
            "    from: 0\n" +                        // 21
            "    to: 0\n" +                          // 22
            "  - grade: requires_improvement\n" +    // 23
            "    from: 1\n" +                        // 24
            "    to: 1\n" +                          // 25
            "  - grade: good\n" +                    // 26
            "    from: 2\n" +                        // 27
            "    to: 2\n" +                          // 28
            "  - grade: outstanding\n" +             // 29
            "    from: 3\n" +                        // 30
            "    to: 3\n" +                          // 31
            "case_sample_bands:\n" +                 // 32
            "  - grade: outstanding\n" +             // 33
            "    at_least: 80%\n" +                  // 34
            "  - grade: good\n" +                    // 35
            "    at_least: 65%\n" +                  // 36
            "  - grade: requires_improvement\n" +    // 37
            "    at_least: 50%\n" +                  // 38
            "  - grade: inadequate\n" +              // 39
            "    at_least: 0%\n";                    // 40

        /// <summary>
        /// A domain-one standard P1.2 with key question P1.2.3 (prompt a) and one characteristic
        /// <c>P1.2.3-good-oversight</c> whose condition is <paramref name="when"/> (line 16, column 11).
        /// </summary>
        public static string Standard(string when = ValidCondition) =>
            "standard:\n" +                                                              // 1
            "  id: P1.2\n" +                                                             // 2
            "  title: Staffing\n" +                                                      // 3
            "  domain: 1\n" +                                                            // 4
            "  statement: Staff are enabled to deliver a high-quality service.\n" +      // 5
            "  method: characteristics\n" +                                              // 6
            "key_questions:\n" +                                                         // 7
            "  - id: P1.2.3\n" +                                                         // 8
            "    question: Does the oversight of work support high-quality delivery?\n" + // 9
            "    prompts:\n" +                                                           // 10
            "      a: Is an effective induction programme delivered to new staff?\n" +   // 11
            "characteristics:\n" +                                                       // 12
            "  - id: P1.2.3-good-oversight\n" +                                          // 13
            "    key_question: P1.2.3\n" +                                               // 14
            "    supports: good\n" +                                                     // 15
            "    when: " + when + "\n" +                                                 // 16
            "    reason: Oversight was sufficient.\n";                                   // 17

        /// <summary>An examples file with one case whose <c>expect:</c> block is <paramref name="expect"/> (lines 7 on, indented 6).</summary>
        public static string Examples(params string[] expect) =>
            "examples:\n" +                                        // 1
            "  - name: good oversight\n" +                         // 2
            "    evidence:\n" +                                    // 3
            "      case_sample:\n" +                               // 4
            "        oversight_sufficient_percent: 70%\n" +        // 5
            "    expect:\n" +                                      // 6
            string.Concat(expect.Select(e => "      " + e + "\n")); // 7...

        /// <summary>A rule source from text, encoded as UTF-8 without a byte order mark.</summary>
        public static RuleSource File(string path, string text) => new RuleSource(path, Encoding.UTF8.GetBytes(text));

        /// <summary>Loads exactly the given files against the engine's evidence contract.</summary>
        public static RulebookLoadResult Load(params RuleSource[] files) =>
            RulebookLoader.Load(files, new ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence)));

        /// <summary>Loads the given files (path, text) against the engine's evidence contract.</summary>
        public static RulebookLoadResult Load(params (string Path, string Text)[] files) =>
            Load(files.Select(f => File(f.Path, f.Text)).ToArray());

        /// <summary>Loads <see cref="Manifest"/> plus the given files.</summary>
        public static RulebookLoadResult LoadWithManifest(params (string Path, string Text)[] files) =>
            Load(new[] { (ManifestPath, Manifest) }.Concat(files).ToArray());

        /// <summary>Loads the manifest and <see cref="Standard"/> with <paramref name="when"/> as its condition.</summary>
        public static RulebookLoadResult LoadCondition(string when) =>
            LoadWithManifest((StandardPath, Standard(when)));

        /// <summary>
        /// Asserts the rule-file diagnostics (STD0xxx and STD1xxx; STD2xxx consistency findings are
        /// another suite's concern) are exactly <paramref name="expected"/>, each written
        /// <c>"STD1003 rules/standards/p1.2.yaml(16,23)"</c>, in the loader's sorted order.
        /// Returns them for message checks.
        /// </summary>
        public static IReadOnlyList<Diagnostic> AssertDiagnostics(RulebookLoadResult result, params string[] expected)
        {
            var relevant = result.Diagnostics.Where(d => !d.Id.StartsWith("STD2", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(expected, relevant.Select(d => $"{d.Id} {d.Span}").ToArray());
            return relevant;
        }

        /// <summary>Asserts exactly one rule-file diagnostic, at the given place, whose message contains <paramref name="phrase"/>.</summary>
        public static Diagnostic AssertSingle(RulebookLoadResult result, string id, string path, int line, int column, string phrase)
        {
            var diagnostic = Assert.Single(AssertDiagnostics(result, $"{id} {path}({line},{column})"));
            Assert.Contains(phrase, diagnostic.Message);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            return diagnostic;
        }

        /// <summary>Asserts a span's path, start line and start column.</summary>
        public static void AssertAt(Text.SourceSpan span, string path, int line, int column) =>
            Assert.Equal($"{path}({line},{column})", span.ToString());
    }
}
