using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;
using Standards.Rules.Text;
using Xunit;
using static Standards.Rules.Tests.Expressions.ExpectedTrees;

namespace Standards.Rules.Tests.Expressions
{
    public class ExpressionParserTests
    {
        internal static Expr ParseOk(string text, ITextLocator? locator = null)
        {
            var bag = new DiagnosticBag();
            Expr? expr = ExpressionParser.Parse(text, locator ?? new SingleLineLocator(), bag);
            Assert.True(bag.Count == 0, string.Join("\n", bag.ToSortedList()));
            Assert.NotNull(expr);
            return expr!;
        }

        private static void AssertSpan(SourceSpan span, int column, int length)
        {
            Assert.Equal(1, span.Line);
            Assert.Equal(column, span.Column);
            Assert.Equal(length, span.Length);
            Assert.Equal(column + length, span.EndColumn);
        }

        [Fact]
        public void Comparison_with_percent_has_exact_spans()
        {
            var expr = Assert.IsType<BinaryExpr>(ParseOk("workforce.po.vacancy_rate > 30%"));
            Assert.Equal(Bin(BinaryOperator.Greater, P("workforce.po.vacancy_rate"), Pct(30)), expr);
            AssertSpan(expr.Span, 1, 31);

            var path = Assert.IsType<PathExpr>(expr.Left);
            Assert.Equal(new[] { "workforce", "po", "vacancy_rate" }, path.Segments);
            AssertSpan(path.Span, 1, 25);
            AssertSpan(path.SegmentSpans[0], 1, 9);
            AssertSpan(path.SegmentSpans[1], 11, 2);
            AssertSpan(path.SegmentSpans[2], 14, 12);

            var number = Assert.IsType<NumberLiteral>(expr.Right);
            Assert.Equal(30, number.Value);
            Assert.Equal(LiteralUnit.Percent, number.Unit);
            AssertSpan(number.Span, 29, 3);
        }

        [Theory]
        [InlineData("x == 50", 50, LiteralUnit.None, 2)]
        [InlineData("x == 0.125", 0.125, LiteralUnit.None, 5)]
        [InlineData("x == 64.9%", 64.9, LiteralUnit.Percent, 5)]
        [InlineData("x == 1:10", 10, LiteralUnit.Ratio, 4)]
        [InlineData("x == 1 : 8", 8, LiteralUnit.Ratio, 5)]
        [InlineData("x == 21 days", 21, LiteralUnit.Days, 7)]
        [InlineData("x == 1 day", 1, LiteralUnit.Days, 5)]
        [InlineData("x == 7days", 7, LiteralUnit.Days, 5)]
        public void Number_literals_with_units(string text, double value, LiteralUnit unit, int length)
        {
            var expr = Assert.IsType<BinaryExpr>(ParseOk(text));
            var number = Assert.IsType<NumberLiteral>(expr.Right);
            Assert.Equal(value, number.Value);
            Assert.Equal(unit, number.Unit);
            AssertSpan(number.Span, 6, length);
        }

        [Fact]
        public void Text_literal_unescapes_quotes_and_backslashes()
        {
            var expr = Assert.IsType<BinaryExpr>(ParseOk("grade == \"P\\\"O\\\\\""));
            Assert.Equal(T("P\"O\\"), expr.Right);
            AssertSpan(expr.Right.Span, 10, 8);
        }

        [Fact]
        public void Booleans_and_keyword_precedence()
        {
            Assert.Equal(Or(P("a"), And(B(true), B(false))), ParseOk("a or true and false"));
            Assert.Equal(And(Not(P("a")), P("b")), ParseOk("not a and b"));
            Assert.Equal(Not(Bin(BinaryOperator.Equal, P("a"), P("b"))), ParseOk("not a == b"));
            Assert.Equal(Not(Not(P("a"))), ParseOk("not not a"));
            Assert.Equal(Or(Or(P("a"), P("b")), P("c")), ParseOk("a or b or c"));
        }

        [Fact]
        public void Arithmetic_precedence_and_associativity()
        {
            Assert.Equal(Bin(BinaryOperator.Add, N(1), Bin(BinaryOperator.Multiply, N(2), N(3))), ParseOk("1 + 2 * 3"));
            Assert.Equal(Bin(BinaryOperator.Subtract, Bin(BinaryOperator.Subtract, P("a"), P("b")), P("c")), ParseOk("a - b - c"));
            Assert.Equal(Bin(BinaryOperator.Divide, Bin(BinaryOperator.Divide, P("a"), P("b")), P("c")), ParseOk("a / b / c"));
            Assert.Equal(Bin(BinaryOperator.Multiply, Neg(P("x")), N(2)), ParseOk("-x * 2"));
            Assert.Equal(Neg(Neg(N(5))), ParseOk("--5"));
            Assert.Equal(Bin(BinaryOperator.Less, Bin(BinaryOperator.Add, P("a"), N(1)), Bin(BinaryOperator.Multiply, P("b"), N(2))),
                ParseOk("a + 1 < b * 2"));
        }

        [Fact]
        public void Negative_number_is_negate_of_literal_and_spans_the_sign()
        {
            var expr = Assert.IsType<BinaryExpr>(ParseOk("x >= -5%"));
            var negate = Assert.IsType<UnaryExpr>(expr.Right);
            Assert.Equal(Neg(Pct(5)), negate);
            AssertSpan(negate.Span, 6, 3);
            AssertSpan(negate.Operand.Span, 7, 2);
        }

        [Fact]
        public void Brackets_are_part_of_the_enclosing_span_but_not_the_inner_node()
        {
            var and = Assert.IsType<BinaryExpr>(ParseOk("(a or b) and c"));
            Assert.Equal(And(Or(P("a"), P("b")), P("c")), and);
            AssertSpan(and.Span, 1, 14);
            AssertSpan(and.Left.Span, 2, 6);

            var mul = Assert.IsType<BinaryExpr>(ParseOk("a * (b + c)"));
            AssertSpan(mul.Span, 1, 11);
            AssertSpan(mul.Right.Span, 6, 5);
        }

        [Fact]
        public void Between_binds_its_own_and()
        {
            var and = Assert.IsType<BinaryExpr>(ParseOk("x between 50% and 64.9% and y"));
            Assert.Equal(And(Between(P("x"), Pct(50), Pct(64.9)), P("y")), and);
            AssertSpan(and.Left.Span, 1, 23);
            AssertSpan(and.Span, 1, 29);
            Assert.Equal(Between(P("x"), N(1), Bin(BinaryOperator.Add, N(2), N(3))), ParseOk("x between 1 and 2 + 3"));
        }

        [Fact]
        public void In_lists()
        {
            var expr = Assert.IsType<InExpr>(ParseOk("team in [\"courts\", \"sentence management\"]"));
            Assert.Equal(In(P("team"), T("courts"), T("sentence management")), expr);
            AssertSpan(expr.Span, 1, 41);
            AssertSpan(expr.Items[1].Span, 20, 21);
            Assert.Equal(In(P("x")), ParseOk("x in []"));
            Assert.Equal(In(P("x"), N(1), Neg(N(2)), Bin(BinaryOperator.Add, P("a"), N(1))), ParseOk("x in [1, -2, a + 1]"));
        }

        [Fact]
        public void Aggregates_with_and_without_filters()
        {
            var ge = Assert.IsType<BinaryExpr>(ParseOk("percent(case_sample.cases where oversight_sufficient) >= 65%"));
            var agg = Assert.IsType<AggregateExpr>(ge.Left);
            Assert.Equal(Agg(AggregateKind.Percent, "case_sample.cases", P("oversight_sufficient")), agg);
            AssertSpan(agg.Span, 1, 53);
            AssertSpan(agg.Source.Span, 9, 17);
            AssertSpan(agg.Filter!.Span, 33, 20);

            Assert.Equal(Agg(AggregateKind.Mean, "workload.practitioners.caseload", Bin(BinaryOperator.Equal, P("grade"), T("PO"))),
                ParseOk("mean(workload.practitioners.caseload where grade == \"PO\")"));
            Assert.Equal(Agg(AggregateKind.Count, "x"), ParseOk("count(x)"));
            Assert.Equal(Agg(AggregateKind.Min, "x.y"), ParseOk("min ( x.y )"));
            Assert.Equal(Agg(AggregateKind.Max, "x"), ParseOk("max(x)"));
            Assert.Equal(Agg(AggregateKind.Sum, "x", And(P("a"), P("b"))), ParseOk("sum(x where a and b)"));
            Assert.Equal(Agg(AggregateKind.Count, "x", Agg(AggregateKind.Count, "y")), ParseOk("count(x where count(y))"));
        }

        [Fact]
        public void Aggregate_names_and_units_are_paths_where_not_used_as_such()
        {
            Assert.Equal(Bin(BinaryOperator.Greater, P("count"), N(3)), ParseOk("count > 3"));
            Assert.Equal(P("x.count.days.day"), ParseOk("x.count.days.day"));
            Assert.Equal(Bin(BinaryOperator.Add, P("days"), N(1)), ParseOk("days + 1"));
            Assert.Equal(Agg(AggregateKind.Count, "count"), ParseOk("count(count)"));
        }

        [Fact]
        public void Field_names_keep_their_case_and_underscores()
        {
            var path = Assert.IsType<PathExpr>(ParseOk("Workforce.PO_2._x"));
            Assert.Equal(new[] { "Workforce", "PO_2", "_x" }, path.Segments);
        }

        [Fact]
        public void Whitespace_and_line_breaks_separate_tokens()
        {
            Assert.Equal(And(P("a"), P("b")), ParseOk("\t a\r\n and\n b  "));
        }

        [Fact]
        public void Spans_come_from_the_locator()
        {
            var expr = Assert.IsType<BinaryExpr>(ParseOk("x > 3", new SingleLineLocator("rules/a.yaml", 100, 7, 12)));
            SourceSpan span = expr.Right.Span;
            Assert.Equal("rules/a.yaml", span.Path);
            Assert.Equal(104, span.Start);
            Assert.Equal(7, span.Line);
            Assert.Equal(16, span.Column);
        }

        [Fact]
        public void Sixty_four_levels_of_brackets_are_allowed()
        {
            string text = new string('(', 64) + "x" + new string(')', 64);
            Assert.Equal(P("x"), ParseOk(text));
        }

        [Fact]
        public void Chains_of_up_to_256_terms_parse()
        {
            string text = string.Join(" and ", Enumerable.Range(0, 256).Select(i => "x" + i));
            var expr = Assert.IsType<BinaryExpr>(ParseOk(text));
            AssertSpan(expr.Span, 1, text.Length);
            AssertSpan(expr.Right.Span, text.Length - 3, 4);
        }
    }
}
