using System;
using System.Linq;
using System.Text;
using Standards.Engine.Evidence;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>Case-sample CSVs are read as RFC 4180: quoted commas, doubled quotes, line breaks in quotes, a BOM and CRLF.</summary>
    public sealed class CaseSampleCsvTests : IDisposable
    {
        private readonly CaseSampleCsvFiles _files = new CaseSampleCsvFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void QuotedCommasAndQuotes_StayInsideTheirValue()
        {
            var result = _files.Read("case_id,oversight_sufficient\n\"Smith, J\",yes\n\"the \"\"second\"\" case\",no\nC3,yes\n");

            AssertDiagnostics(result);
            var cases = result.Evidence!.CaseSample!.Cases!;
            Assert.Equal(new[] { "Smith, J", "the \"second\" case", "C3" }, cases.Select(c => c.CaseId).ToArray());
            Assert.Equal(66.7, result.Evidence.CaseSample.OversightSufficientPercent);
        }

        [Fact]
        public void LineBreaksInsideQuotes_AreOneValue_AndLaterErrorsNameTheFileLine()
        {
            var result = _files.Read("case_id,oversight_sufficient\n\"C1\nsecond line\",yes\nC2,maybe\n");

            var diagnostic = AssertSingle(result, "STD4005", _files.Csv, 4, 4, "row 2 (line 4), column `oversight_sufficient` should be yes, no or empty, but it is `maybe`");
            Assert.Equal(9, diagnostic.Span.EndColumn);
        }

        [Fact]
        public void ByteOrderMarkAndCrLf_AreRead()
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("case_id,oversight_sufficient\r\nC1,yes\r\nC2,no\r\n")).ToArray();

            var result = _files.Read(bytes);

            AssertDiagnostics(result);
            Assert.Equal(2, result.Evidence!.CaseSample!.SampleSize);
            Assert.Equal(50, result.Evidence.CaseSample.OversightSufficientPercent);
            Assert.Equal("C1", result.Evidence.CaseSample.Cases![0].CaseId);
        }

        [Fact]
        public void SampleLargerThanTheKeptList_IsCountedWhileStreaming()
        {
            var rows = Enumerable.Range(1, CaseSampleCsv.MaxKeptCases + 1).Select(i => $"C{i},{(i % 4 == 0 ? "no" : "yes")}");

            var result = _files.Read("case_id,oversight_sufficient\n" + string.Join("\n", rows) + "\n");

            AssertDiagnostics(result);
            Assert.Null(result.Evidence!.CaseSample!.Cases);
            Assert.Equal(CaseSampleCsv.MaxKeptCases + 1, result.Evidence.CaseSample.SampleSize);
            Assert.Equal(75, result.Evidence.CaseSample.OversightSufficientPercent);
        }

        [Fact]
        public void UnclosedQuote_IsReportedWithItsLine()
        {
            var result = _files.Read("case_id,oversight_sufficient\nC1,yes\n\"C2,no\n");

            var diagnostic = Assert.Single(AssertDiagnostics(result, $"STD4005 {_files.Csv}(3,1)"));
            Assert.Contains("row 2 (line 3) has a quoted value that is never closed", diagnostic.Message);
        }

        [Fact]
        public void InvalidUtf8_IsAFileProblem()
        {
            var result = _files.Read(new byte[] { (byte)'c', (byte)'a', (byte)'s', (byte)'e', (byte)'_', (byte)'i', (byte)'d', 10, (byte)'C', 0xFF, 0xFE, 10 });

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("STD4006", diagnostic.Id);
            Assert.Null(result.Evidence);
        }
    }
}
