namespace Standards.Rules.Expressions
{
    /// <summary>The kinds of token in condition text.</summary>
    internal enum TokenKind
    {
        /// <summary>The end of the condition.</summary>
        End,

        /// <summary>Text the lexer could not read; the token's value is the message.</summary>
        Error,

        /// <summary><c>30</c>, <c>0.5</c>: digits with an optional fraction.</summary>
        Number,

        /// <summary>A field name or keyword: <c>workforce</c>, <c>and</c>, <c>count</c>.</summary>
        Identifier,

        /// <summary>A double-quoted text value; the token's value is the unescaped text.</summary>
        Text,

        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
        Dot,
        Colon,
        Percent,
        Plus,
        Minus,
        Star,
        Slash,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        EqualEqual,
        BangEqual,
    }
}
