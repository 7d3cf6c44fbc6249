using System;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4017: a case-sample CSV that contradicts a percentage or sample size written in the evidence file.</summary>
    public sealed class STD4017CsvDisagreesWithEvidenceTests : IDisposable
    {
        private const string Csv = "case_id,first_touch_point_on_time,oversight_sufficient\nC1,yes,yes\nC2,no,yes\nC3,yes,no\nC4,yes,yes\n";

        private readonly CaseSampleCsvFiles _files = new CaseSampleCsvFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void GivenPercentageTheCasesContradict_NamesTheFieldAndTheColumn()
        {
            var result = _files.Read(Csv, "case_sample:\n  oversight_sufficient_percent: 40%\n");

            AssertPair(result, "STD4017", _files.Yaml, 2, 3, _files.Csv, 1, 35,
                $"`case_sample.oversight_sufficient_percent` (line 2) is 40%, but the case-sample file `{_files.Csv}` gives 75% (3 yes of 4 judged cases, column `oversight_sufficient` at line 1)");
        }

        [Fact]
        public void GivenSampleSizeTheCasesContradict_IsReported()
        {
            var result = _files.Read(Csv, "case_sample:\n  sample_size: 5\n");

            AssertPair(result, "STD4017", _files.Yaml, 2, 3, _files.Csv, 1, 1, "`case_sample.sample_size` (line 2) is 5, but the case-sample file");
        }

        [Fact]
        public void GivenFiguresThatAgreeToTheirPrecision_AreKept()
        {
            var result = _files.Read(Csv, "case_sample:\n  sample_size: 4\n  oversight_sufficient_percent: 75%\n  first_touch_point_on_time_percent: 75.0%\n");

            AssertDiagnostics(result);
            Assert.Equal(75, result.Evidence!.CaseSample!.OversightSufficientPercent);
        }
    }
}
