using Standards.Rules.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Standards.Rules.Yaml
{
    /// <summary>Builds a <see cref="YamlScalar"/> from a scalar event, with a locator that fits its style.</summary>
    internal static class YamlScalarFactory
    {
        /// <summary>Creates the scalar node for <paramref name="scalar"/>.</summary>
        public static YamlScalar Create(string path, string text, Scalar scalar)
        {
            SourceSpan span = YamlSpans.FromMarks(path, text, scalar.Start, scalar.End);
            ScalarStyle style = scalar.Style;
            bool isQuoted = style == ScalarStyle.SingleQuoted || style == ScalarStyle.DoubleQuoted
                || style == ScalarStyle.Literal || style == ScalarStyle.Folded;
            var node = new YamlScalar(scalar.Value, isQuoted, span);
            ITextLocator? locator = CreateLocator(path, text, scalar.Value, style, span);
            if (locator != null) node.Locator = locator;
            return node;
        }

        /// <summary>A locator for scalars the default single-line locator cannot place; null to keep the default.</summary>
        private static ITextLocator? CreateLocator(string path, string text, string value, ScalarStyle style, SourceSpan span)
        {
            int limit = span.Start + span.Length;
            if (style == ScalarStyle.Literal || style == ScalarStyle.Folded)
            {
                SourceSpan content = FirstContentLine(path, text, span);
                return new BlockScalarLocator(path, text, value, content.Start, content.Line, content.Column, limit, isBlock: true);
            }

            bool multiLine = span.EndLine != span.Line;
            if (style == ScalarStyle.Plain)
            {
                return multiLine ? new BlockScalarLocator(path, text, value, span.Start, span.Line, span.Column, limit, isBlock: false) : null;
            }

            bool hasEscapes = span.Length - 2 != value.Length;
            return multiLine || hasEscapes
                ? new BlockScalarLocator(path, text, value, span.Start + 1, span.Line, span.Column + 1, limit - 1, isBlock: false)
                : null;
        }

        /// <summary>The start of the line after a block scalar's header (<c>|</c>, <c>&gt;-</c>, <c>|2 # note</c>).</summary>
        private static SourceSpan FirstContentLine(string path, string text, SourceSpan header)
        {
            int i = header.Start;
            while (i < text.Length && !TextPositions.IsBreak(text[i])) i++;
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (i < text.Length) i++;
            return SourceSpan.At(path, i, header.Line + 1, 1);
        }
    }
}
