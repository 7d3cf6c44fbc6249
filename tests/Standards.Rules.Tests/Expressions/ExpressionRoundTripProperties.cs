using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Standards.Rules.Diagnostics;
using Standards.Rules.Expressions;

namespace Standards.Rules.Tests.Expressions
{
    public class ExpressionRoundTripProperties
    {
        private static Expr? Parse(string text, DiagnosticBag bag) => ExpressionParser.Parse(text, bag);

        [Property(MaxTest = 500)]
        public Property Printing_then_parsing_gives_an_equal_expression() =>
            Prop.ForAll(Arb.From(ExprGenerators.Expression), expr =>
            {
                string printed = ExpressionPrinter.Print(expr);
                var bag = new DiagnosticBag();
                Expr? parsed = Parse(printed, bag);
                return (parsed != null && bag.Count == 0 && parsed.Equals(expr) && ExpressionPrinter.Print(parsed) == printed)
                    .Label("printed: " + printed + "\n" + string.Join("\n", bag.ToSortedList()));
            });

        [Property(MaxTest = 300)]
        public Property Every_parsed_node_spans_text_that_parses_to_that_node() =>
            Prop.ForAll(Arb.From(ExprGenerators.Expression), expr =>
            {
                string printed = ExpressionPrinter.Print(expr);
                Expr parsed = Parse(printed, new DiagnosticBag())!;
                string? wrong = ExprGenerators.Descendants(parsed)
                    .Select(node => (node, text: printed.Substring(node.Span.Start, node.Span.Length)))
                    .Where(pair => !Equals(Parse(pair.text, new DiagnosticBag()), pair.node))
                    .Select(pair => pair.text)
                    .FirstOrDefault();
                return (wrong == null).Label("printed: " + printed + "\nnode text: " + wrong);
            });

        [Property(MaxTest = 500)]
        public Property Arbitrary_text_never_throws_and_fails_only_with_a_diagnostic() =>
            Prop.ForAll(Arb.From(ExprGenerators.AnyString), NeverThrows);

        [Property(MaxTest = 500)]
        public Property Decoded_random_bytes_never_throw() =>
            Prop.ForAll(Arb.From(ExprGenerators.DecodedBytes), NeverThrows);

        [Property(MaxTest = 1000)]
        public Property Token_soup_never_throws() =>
            Prop.ForAll(Arb.From(ExprGenerators.TokenSoup), NeverThrows);

        [Property(MaxTest = 1000)]
        public Property Mutated_conditions_never_throw() =>
            Prop.ForAll(Arb.From(ExprGenerators.MutatedConditions), NeverThrows);

        private static Property NeverThrows(string text)
        {
            var bag = new DiagnosticBag();
            Expr? parsed;
            try
            {
                parsed = Parse(text, bag);
            }
            catch (Exception e)
            {
                return false.Label("threw " + e.GetType().Name + " for: " + text);
            }

            var diagnostics = bag.ToSortedList();
            bool ok = parsed == null
                ? diagnostics.Count == 1 && diagnostics[0].Id == "STD0009" && diagnostics[0].Message.Length > 0
                : diagnostics.Count == 0 && Equals(Parse(ExpressionPrinter.Print(parsed), new DiagnosticBag()), parsed);
            return ok.Label("text: " + text + "\n" + string.Join("\n", diagnostics));
        }
    }
}
