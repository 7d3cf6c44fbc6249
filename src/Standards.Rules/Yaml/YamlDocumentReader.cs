using System;
using System.Globalization;
using System.Text;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using YamlDotNet.Core;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Reads one YAML document into located nodes, safely on hostile input. Problems become
    /// diagnostics; no exception escapes for any content. The reader enforces
    /// <see cref="YamlReaderLimits"/>, never expands aliases, rejects characters YAML does not allow
    /// (control characters, STD0001), and rejects anchors, aliases, tags and
    /// merge keys (STD0002), duplicate keys (STD0004, the first entry is kept), non-scalar keys
    /// (STD0007) and more than one document (STD0001).
    /// </summary>
    /// <remarks>
    /// Lines and columns are 1-based and count UTF-16 characters; a line ends at <c>\n</c>,
    /// <c>\r\n</c> or <c>\r</c>. Offsets (<see cref="SourceSpan.Start"/>) are into the text after a
    /// leading byte order mark is removed. For double-quoted values with escape sequences,
    /// <see cref="YamlScalar.Locate"/> maps an escaped character to the start of its escape, so
    /// positions inside such values are approximate.
    /// </remarks>
    public static class YamlDocumentReader
    {
        private const char ByteOrderMark = '\uFEFF';

        /// <summary>
        /// Reads a file's bytes: rejects files over <see cref="YamlReaderLimits.MaxBytes"/> before
        /// decoding (STD0003), skips a UTF-8 byte order mark, and rejects UTF-16 and UTF-32 files and
        /// invalid UTF-8 (STD0011, at the first bad byte).
        /// </summary>
        /// <param name="path">The file path to put in spans.</param>
        /// <param name="content">The file's bytes.</param>
        /// <param name="diagnostics">Receives every problem found.</param>
        /// <param name="limits">The caps to enforce; <see cref="YamlReaderLimits.Default"/> when null.</param>
        /// <returns>The document's top node, or null when the file is empty or cannot be read.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
        public static YamlNode? Read(string path, byte[] content, DiagnosticBag diagnostics, YamlReaderLimits? limits = null)
        {
            if (diagnostics == null) throw new ArgumentNullException(nameof(diagnostics));
            path ??= string.Empty;
            limits ??= YamlReaderLimits.Default;
            try
            {
                string? text = YamlTextDecoder.Decode(path, content ?? Array.Empty<byte>(), diagnostics, limits);
                return text == null ? null : ReadText(path, text, diagnostics, limits);
            }
            catch (Exception)
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, SourceSpan.At(path, 0, 1, 1), YamlErrorTranslator.UnexpectedFailureMessage);
                return null;
            }
        }

        /// <summary>
        /// Reads text that is already decoded. A leading byte order mark character is skipped; the
        /// size cap applies to the text's UTF-8 length.
        /// </summary>
        /// <param name="path">The file path to put in spans.</param>
        /// <param name="text">The file's text.</param>
        /// <param name="diagnostics">Receives every problem found.</param>
        /// <param name="limits">The caps to enforce; <see cref="YamlReaderLimits.Default"/> when null.</param>
        /// <returns>
        /// The document's top node (a bare value comes back as a <see cref="YamlScalar"/>), or null
        /// when the file is empty, is not valid YAML, or exceeds a limit.
        /// </returns>
        /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
        public static YamlNode? Read(string path, string text, DiagnosticBag diagnostics, YamlReaderLimits? limits = null)
        {
            if (diagnostics == null) throw new ArgumentNullException(nameof(diagnostics));
            path ??= string.Empty;
            limits ??= YamlReaderLimits.Default;
            try
            {
                text ??= string.Empty;
                if (text.Length > limits.MaxBytes)
                {
                    ReportTooLarge(path, diagnostics, text.Length, limits, exact: false);
                    return null;
                }

                int size = Encoding.UTF8.GetByteCount(text);
                if (size > limits.MaxBytes)
                {
                    ReportTooLarge(path, diagnostics, size, limits, exact: true);
                    return null;
                }

                return ReadText(path, text, diagnostics, limits);
            }
            catch (Exception)
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, SourceSpan.At(path, 0, 1, 1), YamlErrorTranslator.UnexpectedFailureMessage);
                return null;
            }
        }

        private static YamlNode? ReadText(string path, string text, DiagnosticBag diagnostics, YamlReaderLimits limits)
        {
            if (text.Length > 0 && text[0] == ByteOrderMark) text = text.Substring(1);
            int bad = YamlCharacters.FindNonPrintable(text);
            if (bad >= 0)
            {
                SourceSpan at = TextPositions.PointAt(path, text, bad);
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, bad, 1, at.Line, at.Column, at.Line, at.Column + 1),
                    string.Format(CultureInfo.InvariantCulture, "the character U+{0:X4} is not allowed in YAML; remove it", (int)text[bad]));
                return null;
            }

            var builder = new YamlTreeBuilder(path, text, diagnostics, limits);
            try
            {
                return builder.Build();
            }
            catch (YamlException exception)
            {
                YamlErrorTranslator.Report(path, text, exception, builder.LastPosition, diagnostics);
                return null;
            }
            catch (Exception)
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, builder.LastPosition, YamlErrorTranslator.UnexpectedFailureMessage);
                return null;
            }
        }

        private static void ReportTooLarge(string path, DiagnosticBag diagnostics, long size, YamlReaderLimits limits, bool exact) =>
            diagnostics.Report(DiagnosticCatalog.LimitExceeded, SourceSpan.At(path, 0, 1, 1),
                YamlTextDecoder.TooLargeMessage(size, limits.MaxBytes, exact));
    }
}
