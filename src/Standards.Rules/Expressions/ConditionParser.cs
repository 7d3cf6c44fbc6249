using System.Collections.Generic;

namespace Standards.Rules.Expressions
{
    /// <summary>
    /// The recursive-descent parser behind <see cref="ExpressionParser"/>: one method per grammar rule.
    /// Each method returns null after the cursor has reported a problem, and callers pass the null up.
    /// </summary>
    internal sealed class ConditionParser
    {
        private readonly TokenCursor _cursor;
        private readonly WordParser _words;

        public ConditionParser(TokenCursor cursor)
        {
            _cursor = cursor;
            _words = new WordParser(cursor, ParseOr);
        }

        /// <summary>expr, then the end of the text.</summary>
        public Expr? ParseCondition()
        {
            if (_cursor.At(TokenKind.End)) return _cursor.Fail(_cursor.SpanFrom(0), "the condition is empty");
            Expr? expr = ParseOr();
            if (expr == null) return null;
            if (_cursor.At(TokenKind.End)) return expr;

            Token stray = _cursor.Current;
            if (stray.Kind == TokenKind.RightParen) return _cursor.Fail(stray, "found `)` without a matching `(`");
            if (stray.Kind == TokenKind.RightBracket) return _cursor.Fail(stray, "found `]` without a matching `[`");
            if (stray.IsWord("where"))
            {
                return _cursor.Fail(stray, "`where` can only filter inside an aggregate, as in `count(case_sample.cases where oversight_sufficient)`");
            }

            return _cursor.Unexpected("an operator or the end of the condition");
        }

        private Expr? ParseOr()
        {
            int start = _cursor.Current.Offset;
            Expr? left = ParseAnd();
            while (left != null && _cursor.At("or"))
            {
                Token keyword = _cursor.Advance();
                Expr? right = ParseAnd();
                left = right == null ? null : _cursor.Limit(new BinaryExpr(BinaryOperator.Or, left, right, _cursor.SpanFrom(start)), keyword, left, right);
            }

            return left;
        }

        private Expr? ParseAnd()
        {
            int start = _cursor.Current.Offset;
            Expr? left = ParseNot();
            while (left != null && _cursor.At("and"))
            {
                Token keyword = _cursor.Advance();
                Expr? right = ParseNot();
                left = right == null ? null : _cursor.Limit(new BinaryExpr(BinaryOperator.And, left, right, _cursor.SpanFrom(start)), keyword, left, right);
            }

            return left;
        }

        private Expr? ParseNot()
        {
            if (!_cursor.At("not")) return ParseComparison();
            Token not = _cursor.Advance();
            if (!_cursor.Enter(not)) return null;
            Expr? operand = ParseNot();
            _cursor.Leave();
            return operand == null ? null : _cursor.Limit(new UnaryExpr(UnaryOperator.Not, operand, _cursor.SpanFrom(not.Offset)), not, operand);
        }

        private Expr? ParseComparison()
        {
            int start = _cursor.Current.Offset;
            Expr? left = ParseAdditive();
            if (left == null) return null;

            Expr? result;
            if (TryComparison(_cursor.Current.Kind, out BinaryOperator op))
            {
                Token symbol = _cursor.Advance();
                Expr? right = ParseAdditive();
                if (right == null) return null;
                result = _cursor.Limit(new BinaryExpr(op, left, right, _cursor.SpanFrom(start)), symbol, left, right);
            }
            else if (_cursor.At("between"))
            {
                result = ParseBetween(left, start);
            }
            else if (_cursor.At("in"))
            {
                result = ParseIn(left, start);
            }
            else
            {
                return left;
            }

            if (result != null && (TryComparison(_cursor.Current.Kind, out _) || _cursor.At("between") || _cursor.At("in")))
            {
                return _cursor.Fail(_cursor.Current,
                    "comparisons cannot be chained: join them with `and`, as in `a < b and b < c`, or use brackets");
            }

            return result;
        }

        private Expr? ParseBetween(Expr value, int start)
        {
            Token between = _cursor.Advance();
            Expr? low = ParseAdditive();
            if (low == null) return null;
            if (!_cursor.At("and")) return _cursor.Unexpected("`and` to finish `between`, as in `x between 50% and 64.9%`,");
            _cursor.Advance();
            Expr? high = ParseAdditive();
            return high == null ? null : _cursor.Limit(new BetweenExpr(value, low, high, _cursor.SpanFrom(start)), between, value, low, high);
        }

        private Expr? ParseIn(Expr value, int start)
        {
            Token keyword = _cursor.Advance();
            if (!_cursor.At(TokenKind.LeftBracket)) return _cursor.Unexpected("`[` to start a list, as in `x in [\"a\", \"b\"]`,");
            Token open = _cursor.Advance();
            var items = new List<Expr>();
            if (!_cursor.At(TokenKind.RightBracket))
            {
                while (true)
                {
                    Expr? item = ParseAdditive();
                    if (item == null) return null;
                    items.Add(item);
                    if (_cursor.At(TokenKind.RightBracket)) break;
                    if (!_cursor.At(TokenKind.Comma)) return _cursor.Unexpected("`,` or `]` in the list", _cursor.SpanOf(open));
                    _cursor.Advance();
                }
            }

            _cursor.Advance();
            var children = new Expr[items.Count + 1];
            children[0] = value;
            items.CopyTo(children, 1);
            return _cursor.Limit(new InExpr(value, items, _cursor.SpanFrom(start)), keyword, children);
        }

        private Expr? ParseAdditive()
        {
            int start = _cursor.Current.Offset;
            Expr? left = ParseMultiplicative();
            while (left != null && (_cursor.At(TokenKind.Plus) || _cursor.At(TokenKind.Minus)))
            {
                Token symbol = _cursor.Advance();
                BinaryOperator op = symbol.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
                Expr? right = ParseMultiplicative();
                left = right == null ? null : _cursor.Limit(new BinaryExpr(op, left, right, _cursor.SpanFrom(start)), symbol, left, right);
            }

            return left;
        }

        private Expr? ParseMultiplicative()
        {
            int start = _cursor.Current.Offset;
            Expr? left = ParseUnary();
            while (left != null && (_cursor.At(TokenKind.Star) || _cursor.At(TokenKind.Slash)))
            {
                Token symbol = _cursor.Advance();
                BinaryOperator op = symbol.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide;
                Expr? right = ParseUnary();
                left = right == null ? null : _cursor.Limit(new BinaryExpr(op, left, right, _cursor.SpanFrom(start)), symbol, left, right);
            }

            return left;
        }

        private Expr? ParseUnary()
        {
            if (!_cursor.At(TokenKind.Minus)) return ParsePrimary();
            Token minus = _cursor.Advance();
            if (!_cursor.Enter(minus)) return null;
            Expr? operand = ParseUnary();
            _cursor.Leave();
            return operand == null ? null : _cursor.Limit(new UnaryExpr(UnaryOperator.Negate, operand, _cursor.SpanFrom(minus.Offset)), minus, operand);
        }

        private Expr? ParsePrimary()
        {
            Token token = _cursor.Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    return new LiteralParser(_cursor).ParseNumber();
                case TokenKind.Text:
                    _cursor.Advance();
                    return new TextLiteral(token.Value ?? string.Empty, _cursor.SpanOf(token));
                case TokenKind.LeftParen:
                    return ParseParenthesised();
                case TokenKind.Identifier:
                    return _words.ParseWord(token);
                default:
                    return _cursor.ExpectedValue();
            }
        }

        private Expr? ParseParenthesised()
        {
            Token open = _cursor.Advance();
            if (!_cursor.Enter(open)) return null;
            Expr? inner = ParseOr();
            _cursor.Leave();
            if (inner == null) return null;
            if (!_cursor.At(TokenKind.RightParen)) return _cursor.Unexpected("an operator or `)`", _cursor.SpanOf(open));
            _cursor.Advance();
            return inner;
        }

        private static bool TryComparison(TokenKind kind, out BinaryOperator op)
        {
            switch (kind)
            {
                case TokenKind.Less: op = BinaryOperator.Less; return true;
                case TokenKind.LessOrEqual: op = BinaryOperator.LessOrEqual; return true;
                case TokenKind.Greater: op = BinaryOperator.Greater; return true;
                case TokenKind.GreaterOrEqual: op = BinaryOperator.GreaterOrEqual; return true;
                case TokenKind.EqualEqual: op = BinaryOperator.Equal; return true;
                case TokenKind.BangEqual: op = BinaryOperator.NotEqual; return true;
                default: op = BinaryOperator.Equal; return false;
            }
        }
    }
}
