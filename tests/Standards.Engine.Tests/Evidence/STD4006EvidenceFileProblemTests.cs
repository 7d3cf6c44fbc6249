using System;
using System.IO;
using Standards.Engine.Evidence;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4006: an evidence file, or the CSV it names, cannot be read.</summary>
    public sealed class STD4006EvidenceFileProblemTests : IDisposable
    {
        private readonly EvidenceFiles _files = new EvidenceFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void MissingCsv_IsReportedAtTheFileName()
        {
            var path = _files.Write("pdu.yaml", "case_sample:\n  cases_file: missing.csv\n");

            var result = EvidenceReader.ReadFile(path);

            AssertSingle(result, "STD4006", path, 2, 15, "the case-sample file `missing.csv` does not exist");
        }

        [Fact]
        public void MissingEvidenceFile_IsReportedAtItsStart()
        {
            var path = Path.Combine(_files.Directory, "nowhere.yaml");

            var result = EvidenceReader.ReadFile(path);

            AssertSingle(result, "STD4006", path, 1, 1, "the evidence file cannot be read");
        }

        [Fact]
        public void CsvThatIsNotUtf8_IsReported()
        {
            _files.Write("cases.csv", new byte[] { (byte)'c', (byte)'a', (byte)'s', (byte)'e', (byte)'_', (byte)'i', (byte)'d', (byte)'\n', (byte)'C', 0xE9, (byte)'\n' });
            var path = _files.Write("pdu.yaml", "case_sample:\n  cases_file: cases.csv\n");

            var result = EvidenceReader.ReadFile(path);

            AssertSingle(result, "STD4006", _files.Display("cases.csv"), 2, 1, "the case-sample file cannot be read: row 1 (line 2) is not valid UTF-8 text");
        }

        [Fact]
        public void CasesFileInInlineEvidence_IsReported()
        {
            var result = Read("case_sample:\n  cases_file: cases.csv\n");

            AssertSingle(result, "STD4006", InlinePath, 2, 15, "`case_sample.cases_file` can only be used in an evidence file, not inline");
        }
    }
}
