using System.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>Wording shared by the condition lexer and parser: how tokens are quoted in messages.</summary>
    internal static class ExpressionMessages
    {
        private const int MaxQuoted = 40;

        /// <summary>The aggregates, for messages.</summary>
        public const string AggregateList = "count, percent, min, max, mean and sum";

        /// <summary>What a message says was found: a token in backticks, or that the condition ended.</summary>
        public static string Found(Token token) =>
            token.Kind == TokenKind.End ? "the condition ended" : "found " + Quote(token);

        /// <summary>The token as written, in backticks, shortened and with control characters made visible.</summary>
        public static string Quote(Token token) => "`" + Shorten(token.Text) + "`";

        /// <summary>Shortens long text and replaces control characters so a message stays on one line.</summary>
        public static string Shorten(string text)
        {
            string cut = text.Length > MaxQuoted ? text.Substring(0, MaxQuoted) : text;
            if (cut.Length < text.Length && char.IsHighSurrogate(cut[cut.Length - 1])) cut = cut.Substring(0, cut.Length - 1);
            var sb = new StringBuilder(cut.Length + 3);
            foreach (char c in cut) sb.Append(char.IsControl(c) ? '?' : c);
            if (cut.Length < text.Length) sb.Append("...");
            return sb.ToString();
        }
    }
}
