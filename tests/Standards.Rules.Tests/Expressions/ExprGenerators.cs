using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Standards.Rules.Expressions;
using Standards.Rules.Text;

namespace Standards.Rules.Tests.Expressions
{
    /// <summary>FsCheck generators of expression trees and of arbitrary condition text.</summary>
    internal static class ExprGenerators
    {
        private static readonly SourceSpan None = SourceSpan.None;

        private static readonly string[] Names =
        {
            "a", "b", "x", "workforce", "po", "vacancy_rate", "case_sample", "cases", "Grade", "PO_2", "_t", "x9",
            "count", "percent", "min", "days", "day", "inx", "nota", "android",
        };

        private static readonly char[] TextChars = "ab Z09\"\\'%()[],.:<>=!&|-_\t\n\0é€😀".ToCharArray();

        private static readonly string[] Soup =
        {
            "and", "or", "not", "between", "in", "where", "true", "false", "count", "percent", "min", "max", "mean", "sum",
            "day", "days", "x", "a.b", "AND", "foo", "(", ")", "[", "]", ",", ".", ":", "%", "+", "-", "*", "/", "<", "<=",
            ">", ">=", "==", "!=", "=", "!", "&&", "||", "&", "|", "1", "0.5", "30%", "1:10", "2:10", "21 days", "5.",
            ".5", "\"t\"", "\"", "\\", "\"a\\\"b\"", "'", "\0", " ", "\t", "\n", "é", "≥", "99999999999999999999999999",
        };

        /// <summary>Non-negative numbers with up to four decimal places, and now and then an extreme one.</summary>
        public static Gen<double> Number => Gen.Frequency(
            (20, from whole in Gen.Choose(0, 1_000_000)
                 from places in Gen.Choose(0, 4)
                 from fraction in Gen.Choose(0, (int)Math.Pow(10, places) - 1)
                 select whole + fraction / Math.Pow(10, places)),
            (1, Gen.Elements(1e20, 1.5e-7, 0.1 + 0.2, double.MaxValue, double.Epsilon, 123456789012345678d, 1e15, 1e16)));

        public static Gen<PathExpr> Path =>
            Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Names), n))
                .Select(segments => new PathExpr(segments, segments.Select(_ => None).ToList(), None));

        public static Gen<string> Text => Gen.ArrayOf(Gen.Elements(TextChars)).Select(chars => new string(chars));

        public static Gen<Expr> Leaf => Gen.OneOf(
            from value in Number
            from unit in Gen.Elements(LiteralUnit.None, LiteralUnit.Percent, LiteralUnit.Ratio, LiteralUnit.Days)
            select (Expr)new NumberLiteral(value, unit, None),
            Gen.Elements(true, false).Select(b => (Expr)new BooleanLiteral(b, None)),
            Text.Select(t => (Expr)new TextLiteral(t, None)),
            Path.Select(p => (Expr)p));

        public static Gen<Expr> Expression => Gen.Sized(size => Tree(Math.Min(size, 60)));

        private static Gen<Expr> Tree(int size)
        {
            if (size <= 1) return Leaf;
            Gen<Expr> sub = Tree(size / 2);
            var operators = (BinaryOperator[])Enum.GetValues(typeof(BinaryOperator));
            Gen<Expr?> filter = Gen.OneOf(Gen.Constant<Expr?>(null), sub.Select(e => (Expr?)e));
            return Gen.Frequency(
                (3, Leaf),
                (4, from op in Gen.Elements(operators) from l in sub from r in sub select (Expr)new BinaryExpr(op, l, r, None)),
                (2, from op in Gen.Elements(UnaryOperator.Not, UnaryOperator.Negate) from e in sub select (Expr)new UnaryExpr(op, e, None)),
                (1, from v in sub from l in sub from h in sub select (Expr)new BetweenExpr(v, l, h, None)),
                (1, from v in sub from items in Gen.ListOf(sub, 3) select (Expr)new InExpr(v, items.ToList(), None)),
                (1, from kind in Gen.Elements((AggregateKind[])Enum.GetValues(typeof(AggregateKind)))
                    from source in Path
                    from f in filter
                    select (Expr)new AggregateExpr(kind, source, f, None)));
        }

        /// <summary>Any UTF-16 text, including lone surrogates and control characters.</summary>
        public static Gen<string> AnyString =>
            Gen.Sized(size => Gen.Choose(0, size * 3).SelectMany(n =>
                Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 127)), (1, Gen.Choose(0, 0xFFFF))).Select(i => (char)i), n)))
                .Select(chars => new string(chars));

        /// <summary>Random bytes read as Latin-1 or as UTF-8.</summary>
        public static Gen<string> DecodedBytes =>
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i))
            from utf8 in Gen.Elements(true, false)
            select utf8 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);

        /// <summary>Tokens of the language and near misses, joined with or without spaces.</summary>
        public static Gen<string> TokenSoup =>
            from tokens in Gen.ListOf(Gen.Elements(Soup))
            from separator in Gen.Elements(" ", "", "  ")
            select string.Join(separator, tokens);

        /// <summary>Canonical text of random trees with one token dropped, duplicated or swapped.</summary>
        public static Gen<string> MutatedConditions =>
            from expr in Expression
            from position in Gen.Choose(0, 1000)
            from insert in Gen.Elements(Soup)
            from mode in Gen.Choose(0, 2)
            select Mutate(ExpressionPrinter.Print(expr), position, insert, mode);

        private static string Mutate(string text, int position, string insert, int mode)
        {
            int at = text.Length == 0 ? 0 : position % text.Length;
            switch (mode)
            {
                case 0: return text.Remove(at, 1 <= text.Length - at ? 1 : 0);
                case 1: return text.Insert(at, insert);
                default: return text.Substring(0, at);
            }
        }

        public static IEnumerable<Expr> Descendants(Expr expr)
        {
            yield return expr;
            IEnumerable<Expr> children = expr switch
            {
                UnaryExpr u => new[] { u.Operand },
                BinaryExpr b => new[] { b.Left, b.Right },
                BetweenExpr b => new[] { b.Value, b.Low, b.High },
                InExpr i => new[] { i.Value }.Concat(i.Items),
                AggregateExpr a => a.Filter == null ? new Expr[] { a.Source } : new[] { a.Source, a.Filter },
                _ => Array.Empty<Expr>(),
            };
            foreach (Expr child in children)
            {
                foreach (Expr d in Descendants(child)) yield return d;
            }
        }
    }
}
