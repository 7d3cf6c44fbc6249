using System;
using Standards.Engine.Evidence;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4005: a row of the case-sample CSV cannot be read; reported in the CSV file at the row and cell.</summary>
    public sealed class STD4005MalformedCsvTests : IDisposable
    {
        private readonly EvidenceFiles _files = new EvidenceFiles();

        public void Dispose() => _files.Dispose();

        private EvidenceLoadResult ReadWithCsv(string csv)
        {
            _files.Write("cases.csv", csv);
            return EvidenceReader.ReadFile(_files.Write("pdu.yaml", "case_sample:\n  cases_file: cases.csv\n"));
        }

        [Fact]
        public void RowWithTooFewValues_IsReportedAtTheRow()
        {
            var result = ReadWithCsv("case_id,oversight_sufficient,first_touch_point_on_time\nC1,yes,no\nC2,yes\n");

            AssertSingle(result, "STD4005", _files.Display("cases.csv"), 3, 1, "row 2 (line 3) has 2 values but the header has 3 columns");
        }

        [Fact]
        public void CellThatIsNotYesOrNo_IsReportedAtTheCell()
        {
            var result = ReadWithCsv("case_id,oversight_sufficient,first_touch_point_on_time\nC1,yes,no\nC3,maybe,yes\n");

            AssertSingle(result, "STD4005", _files.Display("cases.csv"), 3, 4, "row 2 (line 3), column `oversight_sufficient` should be yes, no or empty, but it is `maybe`");
        }

        [Fact]
        public void EveryBadRow_IsReported()
        {
            var result = ReadWithCsv("case_id,oversight_sufficient,first_touch_point_on_time\nC1,yes,no\nC2,yes\nC3,maybe,yes\n");

            var diagnostics = AssertDiagnostics(result,
                $"STD4005 {_files.Display("cases.csv")}(3,1)",
                $"STD4005 {_files.Display("cases.csv")}(4,4)");
            Assert.Contains("row 2 (line 3) has 2 values", diagnostics[0].Message);
            Assert.Contains("row 3 (line 4), column `oversight_sufficient`", diagnostics[1].Message);
        }

        [Fact]
        public void UnknownColumn_IsReportedInTheHeaderWithDidYouMean()
        {
            var result = ReadWithCsv("case_id,oversight_sufficent\nC1,yes\n");

            AssertSingle(result, "STD4005", _files.Display("cases.csv"), 1, 9,
                "the column `oversight_sufficent` is not a case field; did you mean `oversight_sufficient`?");
        }

        [Fact]
        public void ValidCsv_FillsThePercentages()
        {
            var result = ReadWithCsv("case_id,oversight_sufficient,first_touch_point_on_time\r\nC1,yes,no\r\nC2,no,\r\nC3,yes,yes\r\nC4,YES,\r\n");

            AssertDiagnostics(result);
            var sample = result.Evidence!.CaseSample!;
            Assert.Equal(4, sample.Cases!.Count);
            Assert.Equal(4, sample.SampleSize);
            Assert.Equal(75, sample.OversightSufficientPercent);
            Assert.Equal(50, sample.FirstTouchPointOnTimePercent);
        }
    }
}
