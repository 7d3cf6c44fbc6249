using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Standards.Rules.Diagnostics;
using Standards.Rules.Yaml;
using Xunit;

namespace Standards.Rules.Tests.Yaml
{
    /// <summary>
    /// Malicious and broken files. Each case asserts the exact diagnostic and where it is, and that
    /// no exception escapes the reader.
    /// </summary>
    public class HostileInputTests
    {
        private const string Path = "rules/hostile.yaml";

        [Fact]
        public void BillionLaughs_AliasesAreReportedNeverExpanded()
        {
            var yaml = new StringBuilder("lol: &lol \"lol\"\n");
            string previous = "lol";
            foreach (char level in "abcdefghi")
            {
                string aliases = string.Join(", ", Enumerable.Repeat("*" + previous, 9));
                yaml.Append(level).Append(": &").Append(level).Append(" [").Append(aliases).Append("]\n");
                previous = level.ToString();
            }

            var (node, diagnostics) = Read(yaml.ToString());

            Assert.Equal(10 + (9 * 9), diagnostics.Count);
            Assert.All(diagnostics, d => Assert.Equal("STD0002", d.Id));
            AssertAt(diagnostics[0], "STD0002", 1, 6);
            AssertAt(diagnostics[1], "STD0002", 2, 4);
            AssertAt(diagnostics[2], "STD0002", 2, 8);
            Assert.Empty(Assert.IsType<YamlMapping>(node).Entries);
        }

        [Fact]
        public void DeepFlowNesting_StopsAtTheFirstLevelTooDeep()
        {
            string yaml = new string('[', 10_000) + new string(']', 10_000);

            var (node, diagnostics) = Read(yaml);

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0003", 1, 65);
        }

        [Fact]
        public void DeepBlockMapping_StopsAtTheFirstLevelTooDeep()
        {
            // 10,000 levels indented one space each is about 50 MB, so lift the size cap to show depth stops it.
            const int levels = 10_000;
            var chars = new char[(levels * (levels - 1) / 2) + (3 * levels)];
            int at = 0;
            for (int depth = 0; depth < levels; depth++)
            {
                for (int i = 0; i < depth; i++) chars[at++] = ' ';
                chars[at++] = 'a';
                chars[at++] = ':';
                chars[at++] = '\n';
            }

            var (node, diagnostics) = Read(new string(chars), new YamlReaderLimits(maxBytes: int.MaxValue));

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0003", 65, 65);
            Assert.Contains("more than 64 levels", d.Message);
        }

        [Fact]
        public void DeepBlockSequenceOnOneLine_StopsAtTheFirstLevelTooDeep()
        {
            string yaml = string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";

            var (node, diagnostics) = Read(yaml);

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0003", 1, 129);
        }

        [Fact]
        public void FiftyMegabyteFile_IsRejectedBeforeDecoding()
        {
            byte[] content = new byte[50 * 1024 * 1024];
            content.AsSpan().Fill((byte)'a');

            var (node, diagnostics) = ReadBytes(content);

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0003", 1, 1);
            Assert.Equal("the file is 52,428,800 bytes, over the limit of 2,097,152 bytes; split it into smaller files", d.Message);
        }

        [Fact]
        public void FiftyMegabyteString_IsRejectedBeforeParsing()
        {
            var (node, diagnostics) = Read(new string('a', 50 * 1024 * 1024));

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0003", 1, 1);
        }

        [Fact]
        public void InvalidUtf8_IsReportedAtTheBadByte()
        {
            byte[] content = Encoding.UTF8.GetBytes("a: 1\nb: é\nc: x")
                .Concat(new byte[] { 0xFF })
                .Concat(Encoding.UTF8.GetBytes("y\n"))
                .ToArray();

            var (node, diagnostics) = ReadBytes(content);

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0011", 3, 5);
            Assert.Equal("the byte 0xFF is not valid UTF-8; save the file as UTF-8", d.Message);
        }

        [Fact]
        public void TruncatedUtf8Sequence_IsReportedAtItsFirstByte()
        {
            byte[] content = Encoding.UTF8.GetBytes("x: caf").Concat(new byte[] { 0xC3, (byte)'\n' }).ToArray();

            var (_, diagnostics) = ReadBytes(content);

            AssertAt(Assert.Single(diagnostics), "STD0011", 1, 7);
        }

        [Fact]
        public void Utf16LittleEndianBom_AsksForUtf8()
        {
            byte[] content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: 1\n")).ToArray();

            var (node, diagnostics) = ReadBytes(content);

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0011", 1, 1);
            Assert.EndsWith("save the file as UTF-8", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Utf16BigEndianBom_AsksForUtf8()
        {
            byte[] content = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("a: 1\n")).ToArray();

            var (_, diagnostics) = ReadBytes(content);

            AssertAt(Assert.Single(diagnostics), "STD0011", 1, 1);
        }

        [Fact]
        public void TabIndentation_IsReportedAtTheTab()
        {
            var (node, diagnostics) = Read("rule:\n\tid: R1\n");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 2, 1);
            Assert.Equal("tabs are not allowed for indentation; use spaces", d.Message);
        }

        [Fact]
        public void TabAfterSpacesInIndentation_IsReportedAtTheTab()
        {
            var (_, diagnostics) = Read("rule:\n  id: R1\n  \tname: x\n");

            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 3, 3);
            Assert.Equal("tabs are not allowed for indentation; use spaces", d.Message);
        }

        [Fact]
        public void TabsInsideValuesAndCommentLines_AreFine()
        {
            var (node, diagnostics) = Read("\t# comment\na:\tb\n");

            Assert.Empty(diagnostics);
            Assert.Equal("b", ((YamlScalar)Assert.IsType<YamlMapping>(node).Find("a")!.Value).Value);
        }

        [Fact]
        public void EmptyFile_IsEmptyDocument()
        {
            var (node, diagnostics) = ReadBytes(Array.Empty<byte>());

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0012", 1, 1);
        }

        [Fact]
        public void WhitespaceOnlyFile_IsEmptyDocument()
        {
            var (node, diagnostics) = Read("  \n\n   \n");

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0012", 1, 1);
        }

        [Fact]
        public void CommentsOnlyFile_IsEmptyDocument()
        {
            var (node, diagnostics) = Read("# just a comment\n  # and another\n");

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0012", 1, 1);
        }

        [Fact]
        public void DocumentMarkerOnly_IsEmptyDocument()
        {
            var (node, diagnostics) = Read("---\n");

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0012", 1, 1);
        }

        [Fact]
        public void BareScalarDocument_IsReturnedWithoutDiagnostics()
        {
            var (node, diagnostics) = Read("just some text\n");

            Assert.Empty(diagnostics);
            var scalar = Assert.IsType<YamlScalar>(node);
            Assert.Equal("just some text", scalar.Value);
            Assert.Equal((1, 1, 1, 15), (scalar.Span.Line, scalar.Span.Column, scalar.Span.EndLine, scalar.Span.EndColumn));
        }

        [Fact]
        public void UnterminatedQuote_IsReportedAtTheOpeningQuote()
        {
            var (node, diagnostics) = Read("id: R1\nname: \"Safe care\n");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 2, 7);
            Assert.Equal("this quoted value is never closed; add the closing quote", d.Message);
        }

        [Fact]
        public void UnterminatedQuoteFollowedByMoreLines_IsReportedAtTheOpeningQuote()
        {
            var (_, diagnostics) = Read("id: R1\nname: 'Safe care\nnext: 1\n");

            AssertAt(Assert.Single(diagnostics), "STD0001", 2, 7);
        }

        [Fact]
        public void StrayClosingBracket_IsReportedWhereItIs()
        {
            var (node, diagnostics) = Read("id: R1\n]\n");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 2, 1);
            Assert.StartsWith("the YAML cannot be read here", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void VeryLongScalar_IsRejected()
        {
            var (node, diagnostics) = Read("id: R1\ndescription: " + new string('x', 150_000) + "\n");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0003", 2, 14);
            Assert.Contains("150,000 characters", d.Message);
        }

        [Fact]
        public void TooManyNodes_StopsAtTheFirstNodeOverTheLimit()
        {
            string yaml = string.Concat(Enumerable.Repeat("- 1\n", 200_000));

            var (node, diagnostics) = Read(yaml);

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0003", 200_000, 3);
        }

        [Fact]
        public void ControlCharacter_IsASyntaxErrorNotACrash()
        {
            var (node, diagnostics) = Read("a: 1\nb: x\u0000y\n");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 2, 5);
            Assert.Equal("the character U+0000 is not allowed in YAML; remove it", d.Message);
        }

        [Fact]
        public void ParserInvalidOperationException_IsASyntaxErrorAtTheLastEvent()
        {
            // YamlDotNet 18.1.0 throws a bare InvalidOperationException from Scanner.ScanPlainScalar here.
            var (node, diagnostics) = Read("-\t{\nb");

            Assert.Null(node);
            Diagnostic d = Assert.Single(diagnostics);
            AssertAt(d, "STD0001", 1, 1);
            Assert.Equal("the YAML cannot be read from here on; check the syntax near this point", d.Message);
        }

        [Fact]
        public void EmptyVerbatimTag_IsASyntaxErrorNotACrash()
        {
            // YamlDotNet 18.1.0 throws ArgumentException from the TagName constructor here.
            var (node, diagnostics) = Read("a: !<> b\n");

            Assert.Null(node);
            AssertAt(Assert.Single(diagnostics), "STD0001", 1, 2);
        }

        [Fact]
        public void RandomYamlPunctuation_NeverThrowsAndNullAlwaysComesWithAnError()
        {
            const string alphabet = "-:[]{},&*!|>'\"#?%@`~<=\\ \n\n\n\t\r ab1";
            var random = new Random(20240611);
            for (int run = 0; run < 5_000; run++)
            {
                var text = new StringBuilder();
                int length = random.Next(1, 40);
                for (int i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);

                var bag = new DiagnosticBag();
                YamlNode? node = null;
                Exception? thrown = Record.Exception(() => node = YamlDocumentReader.Read(Path, text.ToString(), bag));

                Assert.Null(thrown);
                Assert.True(node != null || bag.HasErrors, "null without an error for: " + text);
            }
        }

        [Property(MaxTest = 300)]
        public void AnyText_NeverThrows(string text)
        {
            var bag = new DiagnosticBag();
            YamlNode? node = null;
            Exception? thrown = Record.Exception(() => node = YamlDocumentReader.Read(Path, text, bag));
            Assert.Null(thrown);
            Assert.True(node != null || bag.HasErrors);
        }

        [Property(MaxTest = 300)]
        public void AnyBytes_NeverThrow(byte[] content)
        {
            var bag = new DiagnosticBag();
            Exception? thrown = Record.Exception(() => YamlDocumentReader.Read(Path, content, bag));
            Assert.Null(thrown);
        }

        private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, YamlReaderLimits? limits = null)
        {
            var bag = new DiagnosticBag();
            YamlNode? node = null;
            Exception? thrown = Record.Exception(() => node = YamlDocumentReader.Read(Path, yaml, bag, limits));
            Assert.Null(thrown);
            return (node, bag.ToSortedList());
        }

        private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) ReadBytes(byte[] content)
        {
            var bag = new DiagnosticBag();
            YamlNode? node = null;
            Exception? thrown = Record.Exception(() => node = YamlDocumentReader.Read(Path, content, bag));
            Assert.Null(thrown);
            return (node, bag.ToSortedList());
        }

        private static void AssertAt(Diagnostic diagnostic, string id, int line, int column)
        {
            Assert.Equal(Path, diagnostic.Span.Path);
            Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        }
    }
}
