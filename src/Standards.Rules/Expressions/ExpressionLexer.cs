using System.Collections.Generic;
using System.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Splits condition text into tokens. Stops at the first character it cannot read and
    /// ends the list with an <see cref="TokenKind.Error"/> token carrying a message, so the
    /// parser reports problems in the order they appear; otherwise ends with <see cref="TokenKind.End"/>.
    /// </summary>
    internal static class ExpressionLexer
    {
        /// <summary>Returns the tokens of <paramref name="text"/>; the last is End or Error.</summary>
        public static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (true)
            {
                while (i < text.Length && IsSpace(text[i])) i++;
                if (i >= text.Length)
                {
                    tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty));
                    return tokens;
                }

                Token token = Next(text, i);
                tokens.Add(token);
                if (token.Kind == TokenKind.Error) return tokens;
                i = token.End;
            }
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        internal static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        internal static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

        private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

        private static Token Next(string text, int i)
        {
            char c = text[i];
            if (IsDigit(c)) return ReadNumber(text, i);
            if (IsIdentifierStart(c))
            {
                int end = i + 1;
                while (end < text.Length && IsIdentifierPart(text[end])) end++;
                return Make(TokenKind.Identifier, text, i, end - i);
            }

            char n = At(text, i + 1);
            switch (c)
            {
                case '"': return ReadText(text, i);
                case '(': return Make(TokenKind.LeftParen, text, i, 1);
                case ')': return Make(TokenKind.RightParen, text, i, 1);
                case '[': return Make(TokenKind.LeftBracket, text, i, 1);
                case ']': return Make(TokenKind.RightBracket, text, i, 1);
                case ',': return Make(TokenKind.Comma, text, i, 1);
                case ':': return Make(TokenKind.Colon, text, i, 1);
                case '%': return Make(TokenKind.Percent, text, i, 1);
                case '+': return Make(TokenKind.Plus, text, i, 1);
                case '-': return Make(TokenKind.Minus, text, i, 1);
                case '*': return Make(TokenKind.Star, text, i, 1);
                case '/': return Make(TokenKind.Slash, text, i, 1);
                case '.':
                    return IsDigit(n) && (i == 0 || !IsIdentifierPart(text[i - 1]))
                        ? Error(text, i, 1, "write a leading zero before the decimal point, as in `0.5`")
                        : Make(TokenKind.Dot, text, i, 1);
                case '<':
                    if (n == '>') return Error(text, i, 2, "use `!=` to compare for difference, not `<>`");
                    return n == '=' ? Make(TokenKind.LessOrEqual, text, i, 2) : Make(TokenKind.Less, text, i, 1);
                case '>':
                    return n == '=' ? Make(TokenKind.GreaterOrEqual, text, i, 2) : Make(TokenKind.Greater, text, i, 1);
                case '=':
                    if (n == '=') return Make(TokenKind.EqualEqual, text, i, 2);
                    if (n == '<' || n == '>') return Error(text, i, 2, "write `" + n + "=` rather than `=" + n + "`");
                    return Error(text, i, 1, "use `==` to compare, not `=`");
                case '!':
                    return n == '=' ? Make(TokenKind.BangEqual, text, i, 2) : Error(text, i, 1, "use `not` instead of `!`");
                case '&':
                    return n == '&' ? Error(text, i, 2, "use `and` instead of `&&`") : Error(text, i, 1, "use `and` instead of `&`");
                case '|':
                    return n == '|' ? Error(text, i, 2, "use `or` instead of `||`") : Error(text, i, 1, "use `or` instead of `|`");
                case '\'':
                    return Error(text, i, 1, "put text in double quotes, as in `\"courts\"`, not single quotes");
                case '\u2264': return Error(text, i, 1, "use `<=` instead of `\u2264`");
                case '\u2265': return Error(text, i, 1, "use `>=` instead of `\u2265`");
                case '\u2260': return Error(text, i, 1, "use `!=` instead of `\u2260`");
                default:
                    int length = char.IsHighSurrogate(c) && char.IsLowSurrogate(n) ? 2 : 1;
                    return Error(text, i, length, "unexpected character " + DescribeCharacter(text.Substring(i, length)));
            }
        }

        private static Token ReadNumber(string text, int start)
        {
            int i = start;
            while (i < text.Length && IsDigit(text[i])) i++;
            if (At(text, i) == '.')
            {
                if (!IsDigit(At(text, i + 1)))
                {
                    return Error(text, start, i + 1 - start,
                        "expected digits after the decimal point in `" + ExpressionMessages.Shorten(text.Substring(start, i + 1 - start)) + "`");
                }

                i++;
                while (i < text.Length && IsDigit(text[i])) i++;
            }

            return Make(TokenKind.Number, text, start, i - start);
        }

        private static Token ReadText(string text, int start)
        {
            var value = new StringBuilder();
            int i = start + 1;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"') return new Token(TokenKind.Text, start, i + 1 - start, text.Substring(start, i + 1 - start), value.ToString());
                if (c == '\\')
                {
                    char escaped = At(text, i + 1);
                    if (i + 1 >= text.Length) break;
                    if (escaped != '"' && escaped != '\\')
                    {
                        return Error(text, i, 2, "unknown escape " + DescribeCharacter("\\" + escaped)
                            + " in text; only `\\\"` and `\\\\` are allowed");
                    }

                    value.Append(escaped);
                    i += 2;
                    continue;
                }

                value.Append(c);
                i++;
            }

            return Error(text, start, 1, "the text starting here has no closing `\"`");
        }

        private static string DescribeCharacter(string s)
        {
            bool control = false, nonAscii = false;
            foreach (char c in s)
            {
                control |= char.IsControl(c) || char.IsSurrogate(c) && s.Length == 1;
                nonAscii |= c > 0x7E;
            }

            if (!control && !nonAscii) return "`" + s + "`";
            var codes = new StringBuilder();
            for (int k = 0; k < s.Length; k++)
            {
                if (k > 0) codes.Append(' ');
                codes.Append("U+").Append(((int)s[k]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (control) return codes.ToString();
            string described = "`" + s + "` (" + codes + ")";
            return char.IsLetter(s, 0)
                ? described + "; field names use only the letters a to z, digits and `_`"
                : described;
        }

        private static Token Make(TokenKind kind, string text, int offset, int length) =>
            new Token(kind, offset, length, text.Substring(offset, length));

        private static Token Error(string text, int offset, int length, string message) =>
            new Token(TokenKind.Error, offset, length, text.Substring(offset, length), message);
    }
}
