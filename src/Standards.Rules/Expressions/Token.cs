namespace Standards.Rules.Expressions
{
    /// <summary>One token of condition text, with its offset in the text.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int offset, int length, string text, string? value = null)
        {
            Kind = kind;
            Offset = offset;
            Length = length;
            Text = text;
            Value = value;
        }

        /// <summary>What kind of token this is.</summary>
        public TokenKind Kind { get; }

        /// <summary>0-based offset of the first character in the condition text.</summary>
        public int Offset { get; }

        /// <summary>Number of characters.</summary>
        public int Length { get; }

        /// <summary>The characters as written.</summary>
        public string Text { get; }

        /// <summary>The unescaped text of a <see cref="TokenKind.Text"/> token, or the message of an <see cref="TokenKind.Error"/> token.</summary>
        public string? Value { get; }

        /// <summary>The offset just past the last character.</summary>
        public int End => Offset + Length;

        /// <summary>True when this is the identifier <paramref name="word"/>, exactly as written.</summary>
        public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;

        public override string ToString() => Kind + " `" + Text + "` at " + Offset;
    }
}
