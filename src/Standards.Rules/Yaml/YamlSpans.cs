using System;
using Standards.Rules.Text;
using YamlDotNet.Core;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Converts YamlDotNet marks to spans. In YamlDotNet 18 a mark's <c>Line</c> and <c>Column</c> are
    /// 1-based and <c>Index</c> is a 0-based UTF-16 offset; a few marks (the empty value of a bare
    /// <c>---</c>) point past the end of the text, so indices are clamped and re-measured.
    /// </summary>
    internal static class YamlSpans
    {
        /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>.</summary>
        public static SourceSpan FromMarks(string path, string text, Mark start, Mark end)
        {
            SourceSpan from = Point(path, text, start);
            SourceSpan to = Point(path, text, end);
            if (to.Start < from.Start) to = from;
            return new SourceSpan(path, from.Start, to.Start - from.Start, from.Line, from.Column, to.Line, to.Column);
        }

        /// <summary>The zero-length span at <paramref name="mark"/>.</summary>
        public static SourceSpan Point(string path, string text, Mark mark)
        {
            if (mark.Index < 0 || mark.Index > text.Length || mark.Line < 1 || mark.Column < 1)
            {
                return TextPositions.PointAt(path, text, (int)Math.Min(Math.Max(mark.Index, 0), text.Length));
            }

            return SourceSpan.At(path, (int)mark.Index, (int)mark.Line, (int)mark.Column);
        }

        /// <summary>The zero-length span just past <paramref name="point"/>'s character, on the same line.</summary>
        public static SourceSpan After(SourceSpan point) =>
            SourceSpan.At(point.Path, point.Start + 1, point.Line, point.Column + 1);

        /// <summary>The span of the word (up to whitespace) that starts at <paramref name="point"/>, such as <c>&amp;anchor</c>.</summary>
        public static SourceSpan Word(string text, SourceSpan point)
        {
            int end = point.Start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            int length = end - point.Start;
            return new SourceSpan(point.Path, point.Start, length, point.Line, point.Column, point.Line, point.Column + length);
        }
    }
}
