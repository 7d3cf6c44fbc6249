namespace Standards.Rules.Expressions
{
    /// <summary>
    /// Parses a number and the unit written after it: <c>50</c>, <c>30%</c>, <c>1:10</c>, <c>21 days</c>.
    /// </summary>
    internal sealed class LiteralParser
    {
        private readonly TokenCursor _cursor;

        public LiteralParser(TokenCursor cursor)
        {
            _cursor = cursor;
        }

        /// <summary>number | percent | ratio | days, with the current token a number.</summary>
        public Expr? ParseNumber()
        {
            Token number = _cursor.Advance();
            if (!TryValue(number, out double value)) return null;

            if (_cursor.At(TokenKind.Percent))
            {
                _cursor.Advance();
                return new NumberLiteral(value, LiteralUnit.Percent, _cursor.SpanFrom(number.Offset));
            }

            if (_cursor.At("day") || _cursor.At("days"))
            {
                _cursor.Advance();
                return new NumberLiteral(value, LiteralUnit.Days, _cursor.SpanFrom(number.Offset));
            }

            if (_cursor.At(TokenKind.Colon)) return ParseRatio(number, value);
            return new NumberLiteral(value, LiteralUnit.None, _cursor.SpanOf(number));
        }

        private Expr? ParseRatio(Token left, double leftValue)
        {
            _cursor.Advance();
            if (!_cursor.At(TokenKind.Number)) return _cursor.Unexpected("a number, as in `1:10`,");
            Token right = _cursor.Advance();
            if (!TryValue(right, out double rightValue)) return null;
            var span = _cursor.SpanFrom(left.Offset);
            if (leftValue != 1)
            {
                return _cursor.Fail(span, "write spans of control as 1:N, as in `1:10`; found `"
                    + ExpressionMessages.Shorten(left.Text) + ":" + ExpressionMessages.Shorten(right.Text) + "`");
            }

            return new NumberLiteral(rightValue, LiteralUnit.Ratio, span);
        }

        private bool TryValue(Token number, out double value)
        {
            if (NumberText.TryParse(number.Text, out value)) return true;
            _cursor.Fail(number, "the number " + ExpressionMessages.Quote(number) + " is too large");
            return false;
        }
    }
}
