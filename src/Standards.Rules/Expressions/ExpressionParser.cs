using Standards.Rules.Diagnostics;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>Parses condition text into an <see cref="Expr"/>. (Implemented by the expression-language work.)</summary>
    public static class ExpressionParser
    {
        /// <summary>
        /// Parses <paramref name="text"/>. Every node's span comes from <paramref name="locator"/>, which maps
        /// offsets in the text to file positions. Problems are reported as STD0009 into
        /// <paramref name="diagnostics"/>; returns null when the text cannot be read. Never throws.
        /// </summary>
        public static Expr? Parse(string text, ITextLocator locator, DiagnosticBag diagnostics) => null;

        /// <summary>Parses text that stands alone on line 1 of an unnamed file.</summary>
        public static Expr? Parse(string text, DiagnosticBag diagnostics) => Parse(text, new SingleLineLocator(), diagnostics);
    }
}
