using System;
using System.Text.RegularExpressions;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using YamlDotNet.Core;

namespace Standards.Rules.Yaml
{
    /// <summary>Turns YamlDotNet's syntax exceptions into plain-English STD0001 diagnostics at the right place.</summary>
    internal static class YamlErrorTranslator
    {
        private static readonly Regex PositionPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant);

        /// <summary>Reports <paramref name="exception"/>; <paramref name="fallback"/> is used when it carries no position.</summary>
        public static void Report(string path, string text, YamlException exception, SourceSpan fallback, DiagnosticBag diagnostics)
        {
            string raw = PositionPrefix.Replace(exception.Message ?? string.Empty, string.Empty).Trim();
            if (Has(raw, "tab"))
            {
                SourceSpan? tab = TextPositions.FindIndentationTab(path, text, exception.Start.Line)
                    ?? TextPositions.FindIndentationTab(path, text, 1);
                if (tab.HasValue)
                {
                    diagnostics.Report(DiagnosticCatalog.YamlSyntax, tab.Value, "tabs are not allowed for indentation; use spaces");
                    return;
                }
            }

            bool hasPosition = exception.Start.Line >= 1 && exception.Start.Column >= 1;
            SourceSpan span = hasPosition ? YamlSpans.FromMarks(path, text, exception.Start, exception.End) : fallback;
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, span, Friendly(raw));
        }

        private const string UsualCauses =
            "the usual causes are a line indented differently from the lines around it, a key without its `:`, or a tab";

        /// <summary>
        /// YamlDotNet's wording (a fragment of it) and what it means to a rule author: what is wrong at the
        /// position, and the mistake that usually causes it.
        /// </summary>
        private static readonly (string Fragment, string Message)[] Rewordings =
        {
            ("block mapping, did not find expected key",
                "this line does not line up with the keys above it; usually it is indented one space more or less than its neighbours, or a key on it has no `:`"),
            ("could not find expected ':'",
                "a key here has no `:`; write `key: value`, with a space after the colon"),
            ("mapping values are not allowed in this context",
                "a `:` is not allowed here; usually this line is indented deeper than the key above it, or a value that contains `: ` needs quotes around it"),
            ("block collection, did not find expected '-' indicator",
                "this line does not line up with the list above it; start each item with `- ` at the same indentation"),
            ("block sequence entries are not allowed in this context",
                "a list item (`- `) is not allowed here; usually it is on the same line as its key, or indented differently from the list it belongs to"),
            ("did not find expected node content",
                "a value is missing here; usually a key or a `- ` has nothing after it where a value was expected, or the indentation is off"),
            ("found character that cannot start any token",
                "this character cannot start a value; put quotes around a value that starts with `@`, `%` or a backquote, and indent with spaces, not tabs"),
            ("flow mapping",
                "a `{ }` mapping here is not closed; check its commas and the closing `}`"),
            ("flow sequence",
                "a `[ ]` list here is not closed; check its commas and the closing `]`"),
            ("did not find expected <document start>",
                "this line is outside the file's top-level mapping; usually it is indented when it should not be, or a top-level key has no `:`"),
        };

        /// <summary>The message for a failure that is not a YamlDotNet syntax error.</summary>
        public static string UnexpectedFailureMessage =>
            "the YAML cannot be read from here on; check the syntax near this point";

        private static string Friendly(string raw)
        {
            if (Has(raw, "quoted scalar") && Has(raw, "end of stream"))
            {
                return "this quoted value is never closed; add the closing quote";
            }

            if (Has(raw, "quoted scalar") && Has(raw, "wrong indentation"))
            {
                return "this quoted value is not closed on its line, or its next line is not indented; add the closing quote";
            }

            if (raw.Length == 0) return UnexpectedFailureMessage;
            foreach (var (fragment, message) in Rewordings)
            {
                if (Has(raw, fragment)) return "the YAML cannot be read here: " + message;
            }

            string sentence = char.ToLowerInvariant(raw[0]) + raw.Substring(1).TrimEnd('.');
            return "the YAML cannot be read here (" + sentence + "); " + UsualCauses;
        }

        private static bool Has(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
