using System;
using Standards.Rules.Text;

namespace Standards.Rules.Yaml
{
    /// <summary>
    /// Locates characters of a scalar whose value is not a plain copy of one source line: literal
    /// (<c>|</c>) and folded (<c>&gt;</c>) block scalars, and flow scalars that span lines or hold escapes.
    /// The value is aligned with the source once, on first use: each value line maps to its own
    /// source line, at the content indentation plus the offset in the line. Folded line breaks map
    /// to the end of the line they replace. Exact for block scalars and plain or single-quoted
    /// scalars; for double-quoted scalars with escapes, an escaped character maps to the start of
    /// its escape sequence, so positions there are approximate.
    /// </summary>
    internal sealed class BlockScalarLocator : ITextLocator
    {
        /// <summary>How far ahead on a line the aligner looks to skip an escape sequence.</summary>
        private const int ResyncWindow = 16;

        private readonly string _path;
        private readonly string _text;
        private readonly string _value;
        private readonly int _start;
        private readonly int _line;
        private readonly int _lineStart;
        private readonly int _limit;
        private readonly bool _isBlock;
        private int[]? _map;

        /// <param name="path">The file path for the spans.</param>
        /// <param name="text">The whole source text.</param>
        /// <param name="value">The scalar's value.</param>
        /// <param name="start">Index of the first content character (flow), or of the first content line (block).</param>
        /// <param name="line">1-based line of <paramref name="start"/>.</param>
        /// <param name="column">1-based column of <paramref name="start"/>.</param>
        /// <param name="limit">Index just past the scalar in <paramref name="text"/>.</param>
        /// <param name="isBlock">True for literal and folded scalars, whose lines carry indentation to strip.</param>
        public BlockScalarLocator(string path, string text, string value, int start, int line, int column, int limit, bool isBlock)
        {
            _path = path;
            _text = text;
            _value = value;
            _start = start;
            _line = line;
            _lineStart = start - (column - 1);
            _limit = Math.Min(Math.Max(limit, start), text.Length);
            _isBlock = isBlock;
        }

        public SourceSpan Locate(int offset, int length)
        {
            int[] map = _map ??= Build();
            int n = _value.Length;
            offset = Math.Min(Math.Max(offset, 0), n);
            length = Math.Min(Math.Max(length, 0), n - offset);
            int first = offset;
            if (length == 0)
            {
                return SourceSpan.At(_path, map[3 * first], map[(3 * first) + 1], map[(3 * first) + 2]);
            }

            int last = offset + length - 1;
            int startIndex = map[3 * first];
            int endIndex = map[3 * last] + 1;
            return new SourceSpan(_path, startIndex, Math.Max(0, endIndex - startIndex),
                map[(3 * first) + 1], map[(3 * first) + 2], map[(3 * last) + 1], map[(3 * last) + 2] + 1);
        }

        /// <summary>Aligns value and source: for each value offset (and one past the end), its index, line and column.</summary>
        private int[] Build()
        {
            int n = _value.Length;
            var map = new int[3 * (n + 1)];
            int p = Math.Min(_start, _limit);
            int line = _line;
            int lineStart = _lineStart;
            if (_isBlock) p = SkipIndentation(p, 0);

            for (int v = 0; v < n; v++)
            {
                char c = _value[v];
                if (!Matches(p, c) && RestOfLineBlank(p, out int breakAt))
                {
                    bool isFold = c == '\n' || c == ' ';
                    if (isFold && CanAdvance(breakAt))
                    {
                        Set(map, v, p, line, p - lineStart + 1);
                        p = NextLine(breakAt, ref line, ref lineStart, v + 1);
                        continue;
                    }

                    while (!Matches(p, c) && RestOfLineBlank(p, out breakAt) && CanAdvance(breakAt))
                    {
                        p = NextLine(breakAt, ref line, ref lineStart, v);
                    }
                }

                if (!Matches(p, c)) p = Resync(p, c);
                Set(map, v, p, line, p - lineStart + 1);
                if (Matches(p, c)) p++;
            }

            Set(map, n, p, line, p - lineStart + 1);
            return map;
        }

        private bool Matches(int p, char c) => p < _limit && !TextPositions.IsBreak(_text[p]) && _text[p] == c;

        private bool RestOfLineBlank(int p, out int breakAt)
        {
            while (p < _limit && (_text[p] == ' ' || _text[p] == '\t')) p++;
            breakAt = p;
            return p >= _limit || TextPositions.IsBreak(_text[p]);
        }

        private bool CanAdvance(int breakAt) => breakAt < _limit && TextPositions.IsBreak(_text[breakAt]);

        private int NextLine(int breakAt, ref int line, ref int lineStart, int nextValueIndex)
        {
            int p = breakAt + (_text[breakAt] == '\r' && breakAt + 1 < _text.Length && _text[breakAt + 1] == '\n' ? 2 : 1);
            line++;
            lineStart = p;
            return SkipIndentation(Math.Min(p, _limit), nextValueIndex);
        }

        /// <summary>Skips the line's indentation, keeping as many leading spaces as the value's next line has.</summary>
        private int SkipIndentation(int p, int nextValueIndex)
        {
            int sourceSpaces = 0;
            while (p + sourceSpaces < _limit && IsIndent(_text[p + sourceSpaces])) sourceSpaces++;
            int valueSpaces = 0;
            while (nextValueIndex + valueSpaces < _value.Length && IsIndent(_value[nextValueIndex + valueSpaces])) valueSpaces++;
            return p + Math.Max(0, sourceSpaces - valueSpaces);
        }

        private bool IsIndent(char c) => c == ' ' || (!_isBlock && c == '\t');

        /// <summary>Looks a short way along the line for <paramref name="c"/>; stays put when it is not there.</summary>
        private int Resync(int p, char c)
        {
            for (int q = p; q < _limit && q < p + ResyncWindow && !TextPositions.IsBreak(_text[q]); q++)
            {
                if (_text[q] == c) return q;
            }

            return p;
        }

        private static void Set(int[] map, int v, int index, int line, int column)
        {
            map[3 * v] = index;
            map[(3 * v) + 1] = line;
            map[(3 * v) + 2] = column;
        }
    }
}
