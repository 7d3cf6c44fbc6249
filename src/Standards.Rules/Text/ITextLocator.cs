namespace Standards.Rules.Text
{
    /// <summary>Maps a range of characters of a value (such as a condition) to its position in the file.</summary>
    public interface ITextLocator
    {
        /// <summary>Returns the file span of <paramref name="length"/> characters starting at <paramref name="offset"/> of the value.</summary>
        SourceSpan Locate(int offset, int length);
    }
}
