using System.Collections.Generic;
using System.Linq;
using System.Text;
using Standards.Rules.Diagnostics;
using Standards.Rules.Text;
using Standards.Rules.Yaml;
using Xunit;

namespace Standards.Rules.Tests.Yaml
{
    public class YamlDocumentReaderTests
    {
        private const string Path = "rules/safe.yaml";

        [Fact]
        public void Mapping_KeysAndValuesHaveExactPositions()
        {
            var (node, diagnostics) = Read("id: R1\nname: 'Safe care'\n");

            Assert.Empty(diagnostics);
            var mapping = Assert.IsType<YamlMapping>(node);
            AssertSpan(mapping.Span, 1, 1, 2, 18);
            Assert.Equal(2, mapping.Entries.Count);

            YamlEntry id = mapping.Entries[0];
            Assert.Equal("id", id.Key.Value);
            AssertSpan(id.Key.Span, 1, 1, 1, 3);
            var r1 = Assert.IsType<YamlScalar>(id.Value);
            Assert.Equal("R1", r1.Value);
            Assert.False(r1.IsQuoted);
            AssertSpan(r1.Span, 1, 5, 1, 7);
            Assert.Equal(4, r1.Span.Start);
            Assert.Equal(2, r1.Span.Length);

            var name = Assert.IsType<YamlScalar>(mapping.Find("name")!.Value);
            Assert.Equal("Safe care", name.Value);
            Assert.True(name.IsQuoted);
            AssertSpan(name.Span, 2, 7, 2, 18);
            AssertSpan(name.Locate(5, 4), 2, 13, 2, 17);
        }

        [Fact]
        public void Sequences_BlockAndFlowHaveExactPositions()
        {
            var (node, diagnostics) = Read("items:\n  - a\n  - [b, c]\n\n# trailing comment\n");

            Assert.Empty(diagnostics);
            var mapping = Assert.IsType<YamlMapping>(node);
            var items = Assert.IsType<YamlSequence>(mapping.Find("items")!.Value);
            AssertSpan(items.Span, 2, 3, 3, 11);
            Assert.Equal(2, items.Items.Count);

            var a = Assert.IsType<YamlScalar>(items.Items[0]);
            AssertSpan(a.Span, 2, 5, 2, 6);

            var flow = Assert.IsType<YamlSequence>(items.Items[1]);
            AssertSpan(flow.Span, 3, 5, 3, 11);
            Assert.Equal(17, flow.Span.Start);
            Assert.Equal(6, flow.Span.Length);
            AssertSpan(flow.Items[1].Span, 3, 9, 3, 10);
        }

        [Fact]
        public void NestedBlockMapping_EndsAtItsLastValue()
        {
            var (node, _) = Read("a:\n  b: 1\n  c: 22\n\n# trailing\n");

            var inner = Assert.IsType<YamlMapping>(Assert.IsType<YamlMapping>(node).Find("a")!.Value);
            AssertSpan(inner.Span, 2, 3, 3, 8);
            AssertSpan(inner.Find("c")!.Key.Span, 3, 3, 3, 4);
        }

        [Fact]
        public void EmptyValue_IsNullScalarAfterTheColon()
        {
            var (node, diagnostics) = Read("a:\nb: 1\n");

            Assert.Empty(diagnostics);
            var value = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("a")!.Value);
            Assert.True(value.IsNull);
            AssertSpan(value.Span, 1, 3, 1, 3);
        }

        [Fact]
        public void WindowsLineEndings_CountAsOneLineBreak()
        {
            var (node, _) = Read("a: 1\r\nb: 2\r\n");

            YamlEntry b = Assert.IsType<YamlMapping>(node).Entries[1];
            AssertSpan(b.Key.Span, 2, 1, 2, 2);
            Assert.Equal(6, b.Key.Span.Start);
        }

        [Fact]
        public void ByteOrderMark_IsSkippedInTextAndBytes()
        {
            var (fromText, textDiagnostics) = Read("\uFEFFa: 1\n");
            var bag = new DiagnosticBag();
            byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: 1\n")).ToArray();
            YamlNode? fromBytes = YamlDocumentReader.Read(Path, bytes, bag);

            Assert.Empty(textDiagnostics);
            Assert.Equal(0, bag.Count);
            foreach (YamlNode? node in new[] { fromText, fromBytes })
            {
                YamlEntry entry = Assert.Single(Assert.IsType<YamlMapping>(node).Entries);
                Assert.Equal("a", entry.Key.Value);
                AssertSpan(entry.Key.Span, 1, 1, 1, 2);
            }
        }

        [Fact]
        public void DuplicateKey_ReportsBothPositionsAndKeepsTheFirst()
        {
            var (node, diagnostics) = Read("id: first\nname: x\nid: second\n");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0004", d.Id);
            AssertSpan(d.Span, 3, 1, 3, 3);
            Assert.Equal("the key `id` appears twice in this mapping; the first is at line 1", d.Message);
            AssertSpan(Assert.Single(d.AdditionalSpans), 1, 1, 1, 3);

            var mapping = Assert.IsType<YamlMapping>(node);
            Assert.Equal(2, mapping.Entries.Count);
            Assert.Equal("first", ((YamlScalar)mapping.Find("id")!.Value).Value);
        }

        [Fact]
        public void DuplicateKey_QuotedAndPlainSpellingsAreTheSameKey()
        {
            var (_, diagnostics) = Read("{a: 1, \"a\": 2}");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0004", d.Id);
            AssertSpan(d.Span, 1, 8, 1, 11);
        }

        [Fact]
        public void AnchorAndAlias_AreReportedAndTheirNodesSkipped()
        {
            var (node, diagnostics) = Read("base: &b 1\ncopy: *b\nkept: 2\n");

            Assert.Equal(2, diagnostics.Count);
            Assert.All(diagnostics, d => Assert.Equal("STD0002", d.Id));
            AssertSpan(diagnostics[0].Span, 1, 7, 1, 9);
            Assert.Contains("`&b`", diagnostics[0].Message);
            AssertSpan(diagnostics[1].Span, 2, 7, 2, 9);
            Assert.Contains("`*b`", diagnostics[1].Message);

            YamlEntry kept = Assert.Single(Assert.IsType<YamlMapping>(node).Entries);
            Assert.Equal("kept", kept.Key.Value);
        }

        [Fact]
        public void Tags_AreReportedAndTheirNodesSkipped()
        {
            var (node, diagnostics) = Read("a: !!str 1\nb: !custom x\nc: plain\n");

            Assert.Equal(2, diagnostics.Count);
            Assert.Equal("STD0002", diagnostics[0].Id);
            AssertSpan(diagnostics[0].Span, 1, 4, 1, 9);
            Assert.Contains("`!!str`", diagnostics[0].Message);
            Assert.Equal("STD0002", diagnostics[1].Id);
            AssertSpan(diagnostics[1].Span, 2, 4, 2, 11);
            Assert.Contains("`!custom`", diagnostics[1].Message);
            Assert.Equal("c", Assert.Single(Assert.IsType<YamlMapping>(node).Entries).Key.Value);
        }

        [Fact]
        public void MergeKey_IsReportedAndItsEntrySkipped()
        {
            var (node, diagnostics) = Read("derived:\n  <<: {y: 2}\n  z: 3\n");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0002", d.Id);
            AssertSpan(d.Span, 2, 3, 2, 5);
            var derived = Assert.IsType<YamlMapping>(Assert.IsType<YamlMapping>(node).Find("derived")!.Value);
            Assert.Equal("z", Assert.Single(derived.Entries).Key.Value);
        }

        [Fact]
        public void QuotedMergeKeySpelling_IsAnOrdinaryKey()
        {
            var (node, diagnostics) = Read("\"<<\": 1\n");

            Assert.Empty(diagnostics);
            Assert.Equal("<<", Assert.Single(Assert.IsType<YamlMapping>(node).Entries).Key.Value);
        }

        [Fact]
        public void NonScalarKey_IsWrongValueKind()
        {
            var (node, diagnostics) = Read("? [a, b]\n: 1\nc: 2\n");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0007", d.Id);
            AssertSpan(d.Span, 1, 3, 1, 9);
            Assert.Equal("a key must be a single value, not a list", d.Message);
            Assert.Equal("c", Assert.Single(Assert.IsType<YamlMapping>(node).Entries).Key.Value);
        }

        [Fact]
        public void SecondDocument_IsReportedAtItsStart()
        {
            var (node, diagnostics) = Read("a: 1\n---\nb: 2\n");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0001", d.Id);
            AssertSpan(d.Span, 2, 1, 2, 4);
            Assert.Contains("one document", d.Message);
            Assert.Equal("a", Assert.Single(Assert.IsType<YamlMapping>(node).Entries).Key.Value);
        }

        [Fact]
        public void SecondDocument_AfterAnEndMarkerIsReported()
        {
            var (_, diagnostics) = Read("a: 1\n...\nb: 2\n");

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("STD0001", d.Id);
            Assert.Equal(3, d.Span.Line);
            Assert.Equal(1, d.Span.Column);
        }

        [Fact]
        public void ExplicitSingleDocument_IsFine()
        {
            var (node, diagnostics) = Read("---\na: 1\n...\n");

            Assert.Empty(diagnostics);
            Assert.IsType<YamlMapping>(node);
        }

        [Fact]
        public void LiteralBlockScalar_LocatesEachLine()
        {
            const string yaml = "desc: |\n  first line\n    indented\n  third\n";
            var (node, diagnostics) = Read(yaml);

            Assert.Empty(diagnostics);
            var desc = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("desc")!.Value);
            Assert.Equal("first line\n  indented\nthird\n", desc.Value);
            Assert.True(desc.IsQuoted);
            AssertLocated(yaml, desc, "first", 2, 3);
            AssertLocated(yaml, desc, "line", 2, 9);
            AssertLocated(yaml, desc, "indented", 3, 5);
            AssertLocated(yaml, desc, "third", 4, 3);
        }

        [Fact]
        public void FoldedBlockScalar_LocatesFoldedLines()
        {
            const string yaml = "note: >-\n    alpha beta\n    gamma\n\n    delta\nnext: 1\n";
            var (node, _) = Read(yaml);

            var note = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("note")!.Value);
            Assert.Equal("alpha beta gamma\ndelta", note.Value);
            AssertLocated(yaml, note, "beta", 2, 11);
            AssertLocated(yaml, note, "gamma", 3, 5);
            AssertLocated(yaml, note, "delta", 5, 5);
        }

        [Fact]
        public void BlockScalarWithIndentationIndicator_KeepsExtraSpaces()
        {
            const string yaml = "a: |2\n    x\n   y\n";
            var (node, _) = Read(yaml);

            var a = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("a")!.Value);
            Assert.Equal("  x\n y\n", a.Value);
            AssertLocated(yaml, a, "x", 2, 5);
            AssertLocated(yaml, a, "y", 3, 4);
            AssertSpan(a.Locate(0, 3), 2, 3, 2, 6);
        }

        [Fact]
        public void BlockScalar_SpanAcrossLinesEndsOnTheLastLine()
        {
            var (node, _) = Read("d: |\n  ab\n  cd\n");

            var d = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("d")!.Value);
            AssertSpan(d.Locate(1, 4), 2, 4, 3, 5);
        }

        [Fact]
        public void BlockScalarWithWindowsLineEndings_LocatesEachLine()
        {
            const string yaml = "d: |\r\n  ab\r\n  cd\r\n";
            var (node, _) = Read(yaml);

            var d = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("d")!.Value);
            Assert.Equal("ab\ncd\n", d.Value);
            AssertLocated(yaml, d, "cd", 3, 3);
            Assert.Equal(14, d.Locate(3, 2).Start);
        }

        [Fact]
        public void MultiLinePlainScalar_LocatesTheContinuationLine()
        {
            const string yaml = "when: a and\n  b\n";
            var (node, _) = Read(yaml);

            var when = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("when")!.Value);
            Assert.Equal("a and b", when.Value);
            AssertSpan(when.Locate(6, 1), 2, 3, 2, 4);
        }

        [Fact]
        public void DoubleQuotedScalarWithEscapes_ResynchronisesAfterTheEscape()
        {
            var (node, _) = Read("a: \"x\\ty\"\n");

            var a = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("a")!.Value);
            Assert.Equal("x\ty", a.Value);
            AssertSpan(a.Locate(0, 1), 1, 5, 1, 6);
            AssertSpan(a.Locate(2, 1), 1, 8, 1, 9);
        }

        [Fact]
        public void SingleQuotedScalarWithDoubledQuote_LocatesAfterIt()
        {
            var (node, _) = Read("a: 'it''s ok'\n");

            var a = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("a")!.Value);
            Assert.Equal("it's ok", a.Value);
            AssertSpan(a.Locate(5, 2), 1, 11, 1, 13);
        }

        internal static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, YamlReaderLimits? limits = null)
        {
            var bag = new DiagnosticBag();
            YamlNode? node = YamlDocumentReader.Read(Path, yaml, bag, limits);
            return (node, bag.ToSortedList());
        }

        internal static void AssertSpan(SourceSpan span, int line, int column, int endLine, int endColumn)
        {
            Assert.Equal(Path, span.Path);
            Assert.Equal((line, column, endLine, endColumn), (span.Line, span.Column, span.EndLine, span.EndColumn));
        }

        /// <summary>Checks that locating <paramref name="word"/> in the value lands on the same word in the file.</summary>
        private static void AssertLocated(string yaml, YamlScalar scalar, string word, int line, int column)
        {
            SourceSpan span = scalar.Locate(scalar.Value.IndexOf(word, System.StringComparison.Ordinal), word.Length);
            AssertSpan(span, line, column, line, column + word.Length);
            Assert.Equal(word, yaml.Substring(span.Start, span.Length));
        }
    }
}
