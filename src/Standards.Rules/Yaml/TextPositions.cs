using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Line and column arithmetic over text, counting lines the way YamlDotNet does:
    /// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end a line; columns count UTF-16 characters.
    /// </summary>
    internal static class TextPositions
    {
        /// <summary>True for a character that ends a line.</summary>
        public static bool IsBreak(char c) => c == '\n' || c == '\r';

        /// <summary>The zero-length span at <paramref name="index"/> (clamped to the text).</summary>
        public static SourceSpan PointAt(string path, string text, int index)
        {
            if (index < 0) index = 0;
            if (index > text.Length) index = text.Length;
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return SourceSpan.At(path, index, line, index - lineStart + 1);
        }

        /// <summary>
        /// Finds the first tab inside a line's indentation (leading spaces and tabs followed by
        /// something other than a comment), on line <paramref name="fromLine"/> or later; null when none.
        /// </summary>
        public static SourceSpan? FindIndentationTab(string path, string text, long fromLine)
        {
            int line = 1;
            int i = 0;
            while (i < text.Length)
            {
                int lineStart = i;
                int firstTab = -1;
                while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                {
                    if (text[i] == '\t' && firstTab < 0) firstTab = i;
                    i++;
                }

                bool hasContent = i < text.Length && !IsBreak(text[i]) && text[i] != '#';
                if (firstTab >= 0 && hasContent && line >= fromLine)
                {
                    return new SourceSpan(path, firstTab, 1, line, firstTab - lineStart + 1, line, firstTab - lineStart + 2);
                }

                while (i < text.Length && !IsBreak(text[i])) i++;
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
            }

            return null;
        }
    }
}
