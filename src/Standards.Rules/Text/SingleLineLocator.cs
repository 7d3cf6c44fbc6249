namespace Standards.Rules.Text
{
    /// <summary>Locates characters of text that sits on one line, starting at a given file position.</summary>
    public sealed class SingleLineLocator : ITextLocator
    {
        private readonly string _path;
        private readonly int _start;
        private readonly int _line;
        private readonly int _column;

        /// <summary>Creates a single line locator from its parts.</summary>
        public SingleLineLocator(string path = "", int start = 0, int line = 1, int column = 1)
        {
            _path = path;
            _start = start;
            _line = line;
            _column = column;
        }

        /// <summary>The span of a range of characters within the line.</summary>
        public SourceSpan Locate(int offset, int length) =>
            new SourceSpan(_path, _start + offset, length, _line, _column + offset, _line, _column + offset + length);
    }
}
