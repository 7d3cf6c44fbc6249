using System;

namespace Standards.Rules.Text
{
    /// <summary>
    /// A range of text in a rule or evidence file. Lines and columns are 1-based;
    /// <see cref="Start"/> and <see cref="Length"/> are 0-based character offsets.
    /// </summary>
    public readonly struct SourceSpan : IEquatable<SourceSpan>, IComparable<SourceSpan>
    {
        /// <summary>Creates a source span from its parts.</summary>
        public SourceSpan(string path, int start, int length, int line, int column, int endLine, int endColumn)
        {
            Path = path ?? string.Empty;
            Start = start;
            Length = length;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The file path, as given to the loader.</summary>
        public string Path { get; }

        /// <summary>0-based character offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Number of characters covered.</summary>
        public int Length { get; }

        /// <summary>1-based line of the first character.</summary>
        public int Line { get; }

        /// <summary>1-based column of the first character.</summary>
        public int Column { get; }

        /// <summary>1-based line just past the last character.</summary>
        public int EndLine { get; }

        /// <summary>1-based column just past the last character.</summary>
        public int EndColumn { get; }

        /// <summary>A span covering nothing, used where no position is known.</summary>
        public static SourceSpan None => new SourceSpan(string.Empty, 0, 0, 0, 0, 0, 0);

        /// <summary>A zero-length span at a single point.</summary>
        public static SourceSpan At(string path, int start, int line, int column) =>
            new SourceSpan(path, start, 0, line, column, line, column);

        /// <summary>Returns the span from the start of this one to the end of <paramref name="other"/>.</summary>
        public SourceSpan To(SourceSpan other) =>
            new SourceSpan(Path, Start, Math.Max(0, other.Start + other.Length - Start), Line, Column, other.EndLine, other.EndColumn);

        /// <summary>Shifts a span measured inside a single-line scalar so it is relative to the file.</summary>
        public SourceSpan Offset(SourceSpan origin) =>
            new SourceSpan(origin.Path, origin.Start + Start, Length, origin.Line + Line - 1,
                Line == 1 ? origin.Column + Column - 1 : Column,
                origin.Line + EndLine - 1, EndLine == 1 ? origin.Column + EndColumn - 1 : EndColumn);

        /// <inheritdoc/>
        public bool Equals(SourceSpan other) =>
            string.Equals(Path, other.Path, StringComparison.Ordinal) && Start == other.Start && Length == other.Length
            && Line == other.Line && Column == other.Column && EndLine == other.EndLine && EndColumn == other.EndColumn;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Path.GetHashCode() * 397) ^ (Start * 31) ^ Length;

        /// <inheritdoc/>
        public int CompareTo(SourceSpan other)
        {
            int c = string.CompareOrdinal(Path, other.Path);
            if (c != 0) return c;
            c = Line.CompareTo(other.Line);
            return c != 0 ? c : Column.CompareTo(other.Column);
        }

        /// <inheritdoc/>
        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
