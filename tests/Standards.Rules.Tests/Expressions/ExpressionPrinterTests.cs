using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Xunit;
using static Standards.Rules.Tests.Expressions.ExpectedTrees;

namespace Standards.Rules.Tests.Expressions
{
    public class ExpressionPrinterTests
    {
        [Theory]
        [InlineData("workforce.po.vacancy_rate>30%", "workforce.po.vacancy_rate > 30%")]
        [InlineData("( a or b ) and not ( c )", "(a or b) and not c")]
        [InlineData("a or (b and c)", "a or b and c")]
        [InlineData("a or (b or c)", "a or (b or c)")]
        [InlineData("(a or b) or c", "a or b or c")]
        [InlineData("not (a or b)", "not (a or b)")]
        [InlineData("not(a)==b", "not a == b")]
        [InlineData("(not a) == b", "(not a) == b")]
        [InlineData("a - (b - c)", "a - (b - c)")]
        [InlineData("(a - b) - c", "a - b - c")]
        [InlineData("a * (b + c) / 2", "a * (b + c) / 2")]
        [InlineData("-(x + 1)", "-(x + 1)")]
        [InlineData("- - 5", "--5")]
        [InlineData("a - -5", "a - -5")]
        [InlineData("(a < b) == true", "(a < b) == true")]
        [InlineData("a == (b == c)", "a == (b == c)")]
        [InlineData("(x between 1 and 2) != false", "(x between 1 and 2) != false")]
        [InlineData("x between (1) and (2 + 3) and y", "x between 1 and 2 + 3 and y")]
        [InlineData("x in[ ]", "x in []")]
        [InlineData("team in [\"courts\",\"sentence management\"]", "team in [\"courts\", \"sentence management\"]")]
        [InlineData("span <= 1 : 10", "span <= 1:10")]
        [InlineData("age > 21day", "age > 21 days")]
        [InlineData("age > 1 days", "age > 1 day")]
        [InlineData("x == 0.50", "x == 0.5")]
        [InlineData("x == 007", "x == 7")]
        [InlineData("grade == \"P\\\"O\\\\\"", "grade == \"P\\\"O\\\\\"")]
        [InlineData("count ( x where y )", "count(x where y)")]
        [InlineData("percent(case_sample.cases where oversight_sufficient and not late) >= 65%",
            "percent(case_sample.cases where oversight_sufficient and not late) >= 65%")]
        public void Prints_canonical_text(string source, string expected)
        {
            var bag = new DiagnosticBag();
            Expr? expr = ExpressionParser.Parse(source, bag);
            Assert.NotNull(expr);
            Assert.Equal(expected, ExpressionPrinter.Print(expr!));
            Assert.Equal(expected, expr!.ToString());
            Assert.Equal(expr, ExpressionParser.Parse(expected, new DiagnosticBag()));
        }

        [Theory]
        [InlineData(1e20, "100000000000000000000")]
        [InlineData(1.5e-7, "0.00000015")]
        [InlineData(0.1 + 0.2, "0.30000000000000004")]
        [InlineData(123.4567, "123.4567")]
        [InlineData(0d, "0")]
        public void Prints_numbers_as_plain_decimals_that_read_back(double value, string expected)
        {
            Assert.Equal(expected, ExpressionPrinter.Print(N(value)));
            Assert.Equal(N(value), ExpressionParser.Parse(expected, new DiagnosticBag()));
        }

        [Fact]
        public void The_largest_and_smallest_doubles_read_back()
        {
            foreach (double value in new[] { double.MaxValue, double.Epsilon })
            {
                Assert.Equal(N(value), ExpressionParser.Parse(ExpressionPrinter.Print(N(value)), new DiagnosticBag()));
            }
        }

        [Fact]
        public void Literals_the_parser_never_builds_still_print()
        {
            Assert.Equal("-5", ExpressionPrinter.Print(N(-5)));
            Assert.Equal("x - -5", ExpressionPrinter.Print(Bin(BinaryOperator.Subtract, P("x"), N(-5))));
            Assert.Equal("NaN", ExpressionPrinter.Print(N(double.NaN)));
        }
    }
}
