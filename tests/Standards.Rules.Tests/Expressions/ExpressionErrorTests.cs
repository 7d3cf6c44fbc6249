using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Text;
using Xunit;

namespace Standards.Rules.Tests.Expressions
{
    public class ExpressionErrorTests
    {
        internal static Diagnostic ParseError(string text, ITextLocator? locator = null)
        {
            var bag = new DiagnosticBag();
            Expr? expr = ExpressionParser.Parse(text, locator ?? new SingleLineLocator(), bag);
            Assert.Null(expr);
            Diagnostic diagnostic = Assert.Single(bag.ToSortedList());
            Assert.Equal("STD0009", diagnostic.Id);
            Assert.Same(DiagnosticCatalog.ExpressionSyntax, diagnostic.Descriptor);
            return diagnostic;
        }

        [Theory]
        [InlineData("x >=", 5, 0, "expected a value after `>=` but the condition ended")]
        [InlineData("", 1, 0, "the condition is empty")]
        [InlineData("   ", 1, 0, "the condition is empty")]
        [InlineData("x = 1", 3, 1, "use `==` to compare, not `=`")]
        [InlineData("x =< 1", 3, 2, "write `<=` rather than `=<`")]
        [InlineData("x <> 1", 3, 2, "use `!=` to compare for difference, not `<>`")]
        [InlineData("a && b", 3, 2, "use `and` instead of `&&`")]
        [InlineData("a || b", 3, 2, "use `or` instead of `||`")]
        [InlineData("a & b", 3, 1, "use `and` instead of `&`")]
        [InlineData("!a", 1, 1, "use `not` instead of `!`")]
        [InlineData("x ≥ 3", 3, 1, "use `>=` instead of `≥`")]
        [InlineData("a < b < c", 7, 1, "comparisons cannot be chained: join them with `and`, as in `a < b and b < c`, or use brackets")]
        [InlineData("a == b between 1 and 2", 8, 7, "comparisons cannot be chained: join them with `and`, as in `a < b and b < c`, or use brackets")]
        [InlineData("x between 1 and 2 in [1]", 19, 2, "comparisons cannot be chained: join them with `and`, as in `a < b and b < c`, or use brackets")]
        [InlineData("span == 2:10", 9, 4, "write spans of control as 1:N, as in `1:10`; found `2:10`")]
        [InlineData("span == 1:", 11, 0, "expected a number, as in `1:10`, after `:` but the condition ended")]
        [InlineData("x AND y", 3, 3, "keywords are written in lowercase: use `and` instead of `AND`")]
        [InlineData("Not x", 1, 3, "keywords are written in lowercase: use `not` instead of `Not`")]
        [InlineData("x between 1 or 2", 13, 2, "expected `and` to finish `between`, as in `x between 50% and 64.9%`, after `1` but found `or`")]
        [InlineData("x in 1", 6, 1, "expected `[` to start a list, as in `x in [\"a\", \"b\"]`, after `in` but found `1`")]
        [InlineData("x in [1, 2", 11, 0, "expected `,` or `]` in the list after `2` but the condition ended")]
        [InlineData("x in [1,]", 9, 1, "expected a value after `,` but found `]`")]
        [InlineData("(a or b", 8, 0, "expected an operator or `)` after `b` but the condition ended")]
        [InlineData("a or b)", 7, 1, "found `)` without a matching `(`")]
        [InlineData("a]", 2, 1, "found `]` without a matching `[`")]
        [InlineData("a b", 3, 1, "expected an operator or the end of the condition after `a` but found `b`")]
        [InlineData("not", 4, 0, "expected a condition after `not` but the condition ended")]
        [InlineData("a and", 6, 0, "expected a condition after `and` but the condition ended")]
        [InlineData("and", 1, 3, "expected a value but found `and`")]
        [InlineData("a == not b", 6, 3, "expected a value after `==` but found `not`")]
        [InlineData("a.b.", 5, 0, "expected a field name after `.` but the condition ended")]
        [InlineData("a.in", 3, 2, "expected a field name after `.` but found `in`")]
        [InlineData("x where y", 3, 5, "`where` can only filter inside an aggregate, as in `count(case_sample.cases where oversight_sufficient)`")]
        [InlineData("count(x where)", 14, 1, "expected a condition after `where` but found `)`")]
        [InlineData("count(x y)", 9, 1, "expected `where` or `)` after `x` but found `y`")]
        [InlineData("count(x where a b)", 17, 1, "expected an operator or `)` after `a` but found `b`")]
        [InlineData("count()", 7, 1, "expected the list to count, such as `case_sample.cases`, after `(` but found `)`")]
        [InlineData("mean(3)", 6, 1, "expected the list to aggregate, such as `case_sample.cases`, after `(` but found `3`")]
        [InlineData("COUNT(x)", 1, 5, "aggregates are written in lowercase: use `count(` instead of `COUNT(`")]
        [InlineData("x == \"abc", 6, 1, "the text starting here has no closing `\"`")]
        [InlineData("x == \"a\\", 6, 1, "the text starting here has no closing `\"`")]
        [InlineData("x == \"a\\nb\"", 8, 2, "unknown escape `\\n` in text; only `\\\"` and `\\\\` are allowed")]
        [InlineData("x == 'a'", 6, 1, "put text in double quotes, as in `\"courts\"`, not single quotes")]
        [InlineData("x > 5.", 5, 2, "expected digits after the decimal point in `5.`")]
        [InlineData("x > .5", 5, 1, "write a leading zero before the decimal point, as in `0.5`")]
        [InlineData("a.5", 3, 1, "expected a field name after `.` but found `5`")]
        [InlineData("x > 1e5", 6, 2, "expected an operator or the end of the condition after `1` but found `e5`")]
        [InlineData("a\0b", 2, 1, "unexpected character U+0000")]
        [InlineData("x # y", 3, 1, "unexpected character `#`")]
        [InlineData("café > 1", 4, 1, "unexpected character `é` (U+00E9); field names use only the letters a to z, digits and `_`")]
        [InlineData("x > 5 days days", 12, 4, "expected an operator or the end of the condition after `days` but found `days`")]
        [InlineData("x > 30%%", 8, 1, "expected an operator or the end of the condition after `%` but found `%`")]
        public void Reports_one_STD0009_at_the_offending_token(string text, int column, int length, string message)
        {
            Diagnostic d = ParseError(text);
            Assert.Equal(message, d.Message);
            Assert.Equal(1, d.Span.Line);
            Assert.Equal(column, d.Span.Column);
            Assert.Equal(length, d.Span.Length);
        }

        [Theory]
        [InlineData("foo(x) > 1", 1, "foo")]
        [InlineData("a.size(x)", 3, "size")]
        [InlineData("x > round (y)", 5, "round")]
        public void Method_calls_are_explained(string text, int column, string name)
        {
            Diagnostic d = ParseError(text);
            Assert.Equal("method calls are not part of the rule language; the aggregates are count, percent, min, max, mean and sum"
                + " (found `" + name + "` followed by `(`)", d.Message);
            Assert.Equal(column, d.Span.Column);
        }

        [Fact]
        public void Huge_numbers_are_rejected()
        {
            string digits = new string('9', 400);
            Diagnostic d = ParseError("x > " + digits);
            Assert.StartsWith("the number `9999", d.Message, System.StringComparison.Ordinal);
            Assert.EndsWith("...` is too large", d.Message, System.StringComparison.Ordinal);
            Assert.Equal(5, d.Span.Column);
            Assert.Equal(400, d.Span.Length);
        }

        [Fact]
        public void Nesting_beyond_64_levels_is_reported_at_the_65th_opener()
        {
            Diagnostic d = ParseError(new string('(', 65) + "x" + new string(')', 65));
            Assert.StartsWith("the condition is nested too deeply", d.Message, System.StringComparison.Ordinal);
            Assert.Equal(65, d.Span.Column);

            Assert.StartsWith("the condition is nested too deeply", ParseError(string.Concat(Enumerable.Repeat("not ", 65)) + "x").Message,
                System.StringComparison.Ordinal);
            Assert.StartsWith("the condition is nested too deeply", ParseError(new string('-', 65) + "x").Message, System.StringComparison.Ordinal);
            string aggregates = string.Concat(Enumerable.Repeat("count(x where ", 65)) + "y" + new string(')', 65);
            Assert.StartsWith("the condition is nested too deeply", ParseError(aggregates).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Ten_thousand_nested_brackets_do_not_overflow_the_stack()
        {
            string text = new string('(', 5000) + "x" + new string(')', 4999);
            Assert.Equal(10_000, text.Length);
            Assert.StartsWith("the condition is nested too deeply", ParseError(text).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Trees_taller_than_256_levels_are_reported_at_the_operator_that_overflows()
        {
            string text = string.Join(" and ", Enumerable.Range(0, 257).Select(i => "x" + i));
            Diagnostic d = ParseError(text);
            Assert.Equal("the condition is too complex: operators may be combined at most 256 levels deep; split it into smaller conditions", d.Message);
            Assert.Equal(text.LastIndexOf(" and ", System.StringComparison.Ordinal) + 2, d.Span.Column);

            string sum = "a" + string.Concat(Enumerable.Repeat("+a", 4999));
            Assert.StartsWith("the condition is too complex", ParseError(sum).Message, System.StringComparison.Ordinal);
            string mixed = new string('(', 60) + "a" + string.Concat(Enumerable.Repeat(" + a + a + a + a + a)", 60));
            Assert.StartsWith("the condition is too complex", ParseError(mixed).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Conditions_longer_than_10000_characters_are_rejected()
        {
            Diagnostic d = ParseError(new string('x', 10_001));
            Assert.Equal("the condition is too long: it has 10001 characters and the limit is 10,000", d.Message);
            Assert.Equal(1, d.Span.Column);
        }

        [Fact]
        public void Null_text_is_treated_as_empty()
        {
            Assert.Equal("the condition is empty", ParseError(null!).Message);
        }

        [Fact]
        public void Errors_are_located_through_the_locator()
        {
            Diagnostic d = ParseError("x = 1", new SingleLineLocator("rules/a.yaml", 40, 3, 10));
            Assert.Equal("rules/a.yaml", d.Span.Path);
            Assert.Equal(3, d.Span.Line);
            Assert.Equal(12, d.Span.Column);
            Assert.Equal(42, d.Span.Start);
        }
    }
}
