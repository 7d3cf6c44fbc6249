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
            string sentence = char.ToLowerInvariant(raw[0]) + raw.Substring(1).TrimEnd('.');
            return "the YAML cannot be read: " + sentence;
        }

        private static bool Has(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
