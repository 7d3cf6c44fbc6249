using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Standards.Rules.Text;

namespace Standards.Analyzers
{
    /// <summary>Maps the validator's positions (1-based lines and columns) to Roslyn locations in a rule file.</summary>
    internal static class RuleFileLocations
    {
        /// <summary>
        /// The location of <paramref name="span"/> in its file, as <c>Location.Create(path, span, lineSpan)</c>
        /// with 0-based lines and columns; <see cref="Location.None"/> when the span has no position.
        /// </summary>
        public static Location ToLocation(SourceSpan span)
        {
            if (string.IsNullOrEmpty(span.Path) || span.Line < 1 || span.Column < 1) return Location.None;
            var start = new LinePosition(span.Line - 1, span.Column - 1);
            var end = span.EndLine < span.Line || (span.EndLine == span.Line && span.EndColumn < span.Column)
                ? start
                : new LinePosition(span.EndLine - 1, span.EndColumn - 1);
            return Location.Create(span.Path, new TextSpan(span.Start, span.Length < 0 ? 0 : span.Length), new LinePositionSpan(start, end));
        }
    }
}
