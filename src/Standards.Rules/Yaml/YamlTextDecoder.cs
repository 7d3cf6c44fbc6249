using System.Globalization;
using System.Text;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>Turns file bytes into text: size cap first, then BOM handling, then strict UTF-8 decoding.</summary>
    internal static class YamlTextDecoder
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Decodes <paramref name="content"/>, or reports why it cannot and returns null.</summary>
        public static string? Decode(string path, byte[] content, DiagnosticBag diagnostics, YamlReaderLimits limits)
        {
            if (content.Length > limits.MaxBytes)
            {
                diagnostics.Report(DiagnosticCatalog.LimitExceeded, SourceSpan.At(path, 0, 1, 1), TooLargeMessage(content.Length, limits.MaxBytes, exact: true));
                return null;
            }

            string? wideEncoding = WideEncodingName(content);
            if (wideEncoding != null)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidEncoding, SourceSpan.At(path, 0, 1, 1),
                    "the file is saved as " + wideEncoding + "; save the file as UTF-8");
                return null;
            }

            int start = HasUtf8Bom(content) ? 3 : 0;
            try
            {
                return Strict.GetString(content, start, content.Length - start);
            }
            catch (DecoderFallbackException)
            {
                ReportInvalidByte(path, content, start, diagnostics);
                return null;
            }
        }

        /// <summary>The message for a file over <see cref="YamlReaderLimits.MaxBytes"/>.</summary>
        public static string TooLargeMessage(long size, int limit, bool exact) =>
            string.Format(CultureInfo.InvariantCulture, "the file is {0}{1:N0} bytes, over the limit of {2:N0} bytes; split it into smaller files",
                exact ? string.Empty : "at least ", size, limit);

        private static void ReportInvalidByte(string path, byte[] content, int start, DiagnosticBag diagnostics)
        {
            int bad = Utf8Validation.FindFirstInvalid(content, start);
            if (bad < 0)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidEncoding, SourceSpan.At(path, 0, 1, 1), "the file is not valid UTF-8; save the file as UTF-8");
                return;
            }

            string prefix = Strict.GetString(content, start, bad - start);
            SourceSpan at = TextPositions.PointAt(path, prefix, prefix.Length);
            var span = new SourceSpan(path, at.Start, 1, at.Line, at.Column, at.Line, at.Column + 1);
            string message = string.Format(CultureInfo.InvariantCulture,
                "the byte 0x{0:X2} is not valid UTF-8; save the file as UTF-8", content[bad]);
            diagnostics.Report(DiagnosticCatalog.InvalidEncoding, span, message);
        }

        private static bool HasUtf8Bom(byte[] b) => b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;

        private static string? WideEncodingName(byte[] b)
        {
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return "UTF-32";
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return "UTF-32";
            if (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) return "UTF-16";
            return null;
        }
    }
}
