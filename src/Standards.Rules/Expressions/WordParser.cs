using System;
using System.Collections.Generic;
using Standards.Rules.Text;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Parses the primaries that start with a word: <c>true</c>, <c>false</c>, aggregates such as
    /// <c>percent(case_sample.cases where oversight_sufficient)</c>, and dotted field paths.
    /// </summary>
    internal sealed class WordParser
    {
        private readonly TokenCursor _cursor;
        private readonly Func<Expr?> _parseCondition;

        /// <param name="cursor">The shared token cursor.</param>
        /// <param name="parseCondition">Parses a whole condition, for the <c>where</c> filter of an aggregate.</param>
        public WordParser(TokenCursor cursor, Func<Expr?> parseCondition)
        {
            _cursor = cursor;
            _parseCondition = parseCondition;
        }

        /// <summary>primary when the current token is an identifier.</summary>
        public Expr? ParseWord(Token token)
        {
            if (token.IsWord("true") || token.IsWord("false"))
            {
                _cursor.Advance();
                return new BooleanLiteral(token.Text == "true", _cursor.SpanOf(token));
            }

            if (!IsFieldName(token)) return _cursor.ExpectedValue();
            if (_cursor.Next.Kind == TokenKind.LeftParen)
            {
                if (ConditionWords.TryGetAggregate(token.Text, out AggregateKind kind)) return ParseAggregate(kind);
                string lower = token.Text.ToLowerInvariant();
                if (ConditionWords.TryGetAggregate(lower, out _))
                {
                    return _cursor.Fail(token, "aggregates are written in lowercase: use `" + lower + "(` instead of `"
                        + ExpressionMessages.Shorten(token.Text) + "(`");
                }
            }

            return ParsePath();
        }

        private static bool IsFieldName(Token token) =>
            token.Kind == TokenKind.Identifier && !ConditionWords.IsKeyword(token.Text) && !ConditionWords.IsMiscapitalisedKeyword(token.Text);

        private Expr? ParseAggregate(AggregateKind kind)
        {
            Token name = _cursor.Advance();
            Token open = _cursor.Advance();
            if (!_cursor.Enter(name)) return null;
            Expr? result = ParseAggregateBody(kind, name, open);
            _cursor.Leave();
            return result;
        }

        private Expr? ParseAggregateBody(AggregateKind kind, Token name, Token open)
        {
            if (!IsFieldName(_cursor.Current))
            {
                string verb = kind == AggregateKind.Count || kind == AggregateKind.Percent ? "count" : "aggregate";
                return _cursor.Unexpected("the list to " + verb + ", such as `case_sample.cases`,");
            }

            if (ParsePath() is not PathExpr source) return null;
            Expr? filter = null;
            if (_cursor.At("where"))
            {
                _cursor.Advance();
                filter = _parseCondition();
                if (filter == null) return null;
            }

            if (!_cursor.At(TokenKind.RightParen))
            {
                return _cursor.Unexpected(filter == null ? "`where` or `)`" : "an operator or `)`", _cursor.SpanOf(open));
            }

            _cursor.Advance();
            var aggregate = new AggregateExpr(kind, source, filter, _cursor.SpanFrom(name.Offset));
            return filter == null ? _cursor.Limit(aggregate, name, source) : _cursor.Limit(aggregate, name, source, filter);
        }

        /// <summary>path := identifier ('.' identifier)*, with the current token a field name.</summary>
        private Expr? ParsePath()
        {
            Token first = _cursor.Advance();
            var segments = new List<string> { first.Text };
            var spans = new List<SourceSpan> { _cursor.SpanOf(first) };
            while (_cursor.At(TokenKind.Dot))
            {
                _cursor.Advance();
                Token segment = _cursor.Current;
                if (!IsFieldName(segment)) return _cursor.Unexpected("a field name");
                _cursor.Advance();
                segments.Add(segment.Text);
                spans.Add(_cursor.SpanOf(segment));
            }

            if (_cursor.At(TokenKind.LeftParen))
            {
                Token last = _cursor.Previous ?? first;
                return _cursor.Fail(last, "method calls are not part of the rule language; the aggregates are "
                    + ExpressionMessages.AggregateList + " (found " + ExpressionMessages.Quote(last) + " followed by `(`)");
            }

            return new PathExpr(segments, spans, _cursor.SpanFrom(first.Offset));
        }
    }
}
