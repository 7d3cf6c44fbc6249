using Standards.Rules.Diagnostics;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Parses condition text into an <see cref="Expr"/>.
    /// </summary>
    /// <remarks>
    /// <para>The grammar, loosest binding first:</para>
    /// <code>
    /// expr           := or
    /// or             := and ('or' and)*
    /// and            := not ('and' not)*
    /// not            := 'not' not | comparison
    /// comparison     := additive ( ('&lt;'|'&lt;='|'&gt;'|'&gt;='|'=='|'!=') additive
    ///                            | 'between' additive 'and' additive
    ///                            | 'in' '[' (additive (',' additive)*)? ']' )?
    /// additive       := multiplicative (('+'|'-') multiplicative)*
    /// multiplicative := unary (('*'|'/') unary)*
    /// unary          := '-' unary | primary
    /// primary        := number | percent | ratio | days | 'true' | 'false' | text | aggregate | path | '(' expr ')'
    /// number         := digits ('.' digits)?                 NumberLiteral(value, None)
    /// percent        := number '%'                           NumberLiteral(value, Percent): 30% is 30
    /// ratio          := number ':' number, the left being 1  NumberLiteral(right, Ratio):  1:10 is 10
    /// days           := number ('day'|'days')                NumberLiteral(value, Days):   21 days is 21
    /// text           := '"' (any character but '"' and '\', or the escapes \" and \\)* '"'
    /// aggregate      := ('count'|'percent'|'min'|'max'|'mean'|'sum') '(' path ('where' expr)? ')'
    /// path           := identifier ('.' identifier)*
    /// identifier     := [A-Za-z_][A-Za-z0-9_]*, kept as written, and not a keyword
    /// </code>
    /// <para>
    /// The keywords <c>and or not between in where true false</c> are lowercase and are never field names;
    /// written with capitals they are reported. The aggregate names are keywords only when followed by
    /// <c>(</c>, so <c>x.count</c> is a path. <c>day</c> and <c>days</c> are a unit only straight after a number.
    /// Inside <c>between</c> the bounds are additive, so <c>x between 1 and 2 and y</c> reads as
    /// <c>(x between 1 and 2) and y</c>. Comparisons do not chain: <c>a &lt; b &lt; c</c> is an error.
    /// A negative number is <c>-</c> applied to a literal. Spaces, tabs and line breaks separate tokens;
    /// only ASCII is read outside text.
    /// </para>
    /// <para>
    /// Limits: at most <see cref="MaxLength"/> characters, and at most <see cref="MaxDepth"/> levels of
    /// brackets, <c>not</c>, <c>-</c> and aggregates. Numbers are read with the invariant culture and must be finite.
    /// </para>
    /// <para>
    /// Errors are reported as STD0009 (<see cref="DiagnosticCatalog.ExpressionSyntax"/>) at the offending token,
    /// one per condition, with friendly hints for <c>=</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, method calls
    /// and ratios such as <c>2:10</c>.
    /// </para>
    /// </remarks>
    public static class ExpressionParser
    {
        /// <summary>The longest condition text read, in characters.</summary>
        public const int MaxLength = 10_000;

        /// <summary>The deepest nesting of brackets, <c>not</c>, <c>-</c> and aggregates read.</summary>
        public const int MaxDepth = TokenCursor.MaxDepth;

        /// <summary>
        /// Parses <paramref name="text"/>. Every node's span comes from <paramref name="locator"/>, which maps
        /// offsets in the text to file positions. Problems are reported as STD0009 into
        /// <paramref name="diagnostics"/>; returns null when the text cannot be read, and then exactly one
        /// diagnostic has been reported. Never throws.
        /// </summary>
        public static Expr? Parse(string text, ITextLocator locator, DiagnosticBag diagnostics)
        {
            text ??= string.Empty;
            locator ??= new SingleLineLocator();
            diagnostics ??= new DiagnosticBag();
            if (text.Length > MaxLength)
            {
                diagnostics.Report(DiagnosticCatalog.ExpressionSyntax, locator.Locate(0, text.Length),
                    "the condition is too long: it has " + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " characters and the limit is 10,000");
                return null;
            }

            var cursor = new TokenCursor(ExpressionLexer.Tokenize(text), locator, diagnostics);
            Expr? result = new ConditionParser(cursor).ParseCondition();
            if (result == null && !cursor.Failed) cursor.Fail(locator.Locate(0, text.Length), "the condition cannot be read");
            return cursor.Failed ? null : result;
        }

        /// <summary>Parses text that stands alone on line 1 of an unnamed file.</summary>
        public static Expr? Parse(string text, DiagnosticBag diagnostics) => Parse(text, new SingleLineLocator(), diagnostics);
    }
}
