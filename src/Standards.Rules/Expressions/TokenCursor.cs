using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Walks the tokens of one condition for the parser, turns text offsets into file spans,
    /// and reports the first STD0009 problem only, so one mistake gives one diagnostic.
    /// </summary>
    internal sealed class TokenCursor
    {
        private readonly List<Token> _tokens;
        private readonly ITextLocator _locator;
        private readonly DiagnosticBag _diagnostics;
        private int _index;
        private int _depth;

        // Tree heights by node identity (node equality is structural, so a plain dictionary will not do).
        private readonly ConditionalWeakTable<Expr, StrongBox<int>> _heights = new ConditionalWeakTable<Expr, StrongBox<int>>();

        /// <summary>
        /// The tallest expression tree built. Long chains such as <c>a + a + ... + a</c> build deep trees without
        /// any brackets; this keeps every later walk of the tree (printing, binding, evaluation) far from the
        /// end of the stack.
        /// </summary>
        public const int MaxHeight = 256;

        /// <summary>The deepest nesting of brackets, <c>not</c>, minus signs and aggregates allowed.</summary>
        public const int MaxDepth = 64;

        public TokenCursor(List<Token> tokens, ITextLocator locator, DiagnosticBag diagnostics)
        {
            _tokens = tokens;
            _locator = locator;
            _diagnostics = diagnostics;
        }

        /// <summary>The token being looked at. Never moves past an End or Error token.</summary>
        public Token Current => _tokens[_index];

        /// <summary>The token after <see cref="Current"/>, or Current itself at the end.</summary>
        public Token Next => _index + 1 < _tokens.Count ? _tokens[_index + 1] : Current;

        /// <summary>The token most recently consumed, if any.</summary>
        public Token? Previous { get; private set; }

        /// <summary>True once a problem has been reported.</summary>
        public bool Failed { get; private set; }

        /// <summary>Consumes and returns the current token.</summary>
        public Token Advance()
        {
            Token token = Current;
            if (token.Kind != TokenKind.End && token.Kind != TokenKind.Error)
            {
                _index++;
                Previous = token;
            }

            return token;
        }

        /// <summary>True when the current token is the keyword <paramref name="word"/>.</summary>
        public bool At(string word) => Current.IsWord(word);

        /// <summary>True when the current token is of <paramref name="kind"/>.</summary>
        public bool At(TokenKind kind) => Current.Kind == kind;

        /// <summary>The file span of a token.</summary>
        public SourceSpan SpanOf(Token token) => _locator.Locate(token.Offset, token.Length);

        /// <summary>The file span from text offset <paramref name="start"/> to the end of the last consumed token.</summary>
        public SourceSpan SpanFrom(int start)
        {
            int end = Previous?.End ?? start;
            return _locator.Locate(start, end > start ? end - start : 0);
        }

        /// <summary>Reports STD0009 at <paramref name="span"/> unless a problem was already reported. Returns null.</summary>
        public Expr? Fail(SourceSpan span, string message, params SourceSpan[] additional)
        {
            if (!Failed)
            {
                Failed = true;
                _diagnostics.Report(DiagnosticCatalog.ExpressionSyntax, span, message, additional);
            }

            return null;
        }

        /// <summary>Reports STD0009 at <paramref name="token"/>. Returns null.</summary>
        public Expr? Fail(Token token, string message, params SourceSpan[] additional) => Fail(SpanOf(token), message, additional);

        /// <summary>Goes one level deeper; reports "nested too deeply" at <paramref name="opener"/> and returns false past <see cref="MaxDepth"/>.</summary>
        public bool Enter(Token opener)
        {
            if (++_depth <= MaxDepth) return true;
            Fail(opener, "the condition is nested too deeply: brackets, `not`, `-` and aggregates may be nested at most "
                + MaxDepth + " levels");
            return false;
        }

        /// <summary>
        /// Records the height of a newly built <paramref name="node"/> from its <paramref name="children"/>;
        /// past <see cref="MaxHeight"/> reports "too complex" at <paramref name="at"/> and returns null.
        /// </summary>
        public Expr? Limit(Expr node, Token at, params Expr[] children)
        {
            int height = 1;
            foreach (Expr child in children)
            {
                height = Math.Max(height, (_heights.TryGetValue(child, out StrongBox<int>? box) ? box.Value : 1) + 1);
            }

            if (height > MaxHeight)
            {
                return Fail(at, "the condition is too complex: operators may be combined at most " + MaxHeight
                    + " levels deep; split it into smaller conditions");
            }

            if (!_heights.TryGetValue(node, out _)) _heights.Add(node, new StrongBox<int>(height));
            return node;
        }

        /// <summary>Comes back up one level after <see cref="Enter"/>.</summary>
        public void Leave() => _depth--;

        /// <summary>Reports that a value (or, after <c>and</c>, <c>or</c>, <c>not</c> and <c>where</c>, a condition) was expected.</summary>
        public Expr? ExpectedValue()
        {
            bool condition = Previous is Token p && (p.IsWord("and") || p.IsWord("or") || p.IsWord("not") || p.IsWord("where"));
            return Unexpected(condition ? "a condition" : "a value");
        }

        /// <summary>
        /// Reports that the current token is not what was expected: the lexer's own message for text it
        /// could not read, a hint for a capitalised keyword, or "expected X after `prev` but found `y`".
        /// </summary>
        public Expr? Unexpected(string expected, params SourceSpan[] additional)
        {
            Token current = Current;
            if (current.Kind == TokenKind.Error) return Fail(current, current.Value ?? "the condition cannot be read");
            if (current.Kind == TokenKind.Identifier && ConditionWords.IsMiscapitalisedKeyword(current.Text))
            {
                return Fail(current, "keywords are written in lowercase: use `" + current.Text.ToLowerInvariant()
                    + "` instead of " + ExpressionMessages.Quote(current));
            }

            string after = Previous is Token previous ? " after " + ExpressionMessages.Quote(previous) : string.Empty;
            return Fail(current, "expected " + expected + after + " but " + ExpressionMessages.Found(current), additional);
        }
    }
}
