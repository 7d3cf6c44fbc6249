using System;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4008: two rows of a case-sample CSV with the same case id.</summary>
    public sealed class STD4008DuplicateCaseIdTests : IDisposable
    {
        private readonly CaseSampleCsvFiles _files = new CaseSampleCsvFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void RepeatedCaseId_NamesBothRowsAndLines()
        {
            var result = _files.Read("case_id,oversight_sufficient\nC1,yes\nC2,no\nC1,no\n");

            AssertPair(result, "STD4008", _files.Csv, 4, 1, _files.Csv, 2, 1,
                "row 3 (line 4) has the case id `C1`, which row 1 (line 2) already has");
        }

        [Fact]
        public void RepeatedIdAfterAQuotedLineBreak_CountsTheLinesOfTheFile()
        {
            var result = _files.Read("case_id,oversight_sufficient\n\"C1\",yes\n\"C\n2\",no\nC1,no\n");

            AssertPair(result, "STD4008", _files.Csv, 5, 1, _files.Csv, 2, 1, "row 3 (line 5) has the case id `C1`, which row 1 (line 2) already has");
        }
    }
}
