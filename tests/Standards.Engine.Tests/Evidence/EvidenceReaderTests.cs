using System;
using System.Linq;
using Standards.Engine.Evidence;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>Evidence files that parse, in YAML and JSON, and the rule that invalid evidence is never rated.</summary>
    public sealed class EvidenceReaderTests : IDisposable
    {
        private readonly EvidenceFiles _files = new EvidenceFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void JsonEvidenceFile_Parses()
        {
            var path = _files.Write("pdu.json",
                "{\n" +
                "  \"pdu\": { \"name\": \"Example PDU\", \"inspection_date\": \"2024-02-05\" },\n" +
                "  \"workforce\": { \"po\": { \"target_fte\": 50, \"in_post_fte\": 45 } },\n" +
                "  \"spans\": { \"sentence_management_fte\": \"1:12\" },\n" +
                "  \"case_sample\": { \"oversight_sufficient_percent\": \"28%\" },\n" +
                "  \"sickness\": { \"days_lost_per_fte\": \"9.5 days\" },\n" +
                "  \"judgements\": { \"reflective_practice_evident\": false }\n" +
                "}\n");

            var result = EvidenceReader.ReadFile(path);

            AssertDiagnostics(result);
            Assert.True(result.IsValid);
            var evidence = result.Evidence!;
            Assert.Equal("Example PDU", evidence.Pdu!.Name);
            Assert.Equal(50, evidence.Workforce!.Po!.TargetFte);
            Assert.Equal(10, evidence.Workforce.Po.VacancyRate);
            Assert.Equal(12, evidence.Spans!.SentenceManagementFte);
            Assert.Equal(28, evidence.CaseSample!.OversightSufficientPercent);
            Assert.Equal(9.5, evidence.Sickness!.DaysLostPerFte);
            Assert.False(evidence.Judgements!.ReflectivePracticeEvident);
        }

        [Fact]
        public void JsonNumberForAPercentage_IsReportedWithItsPosition()
        {
            var path = _files.Write("pdu.json", "{\n  \"case_sample\": {\n    \"oversight_sufficient_percent\": 70\n  }\n}\n");

            var result = EvidenceReader.ReadFile(path);

            AssertSingle(result, "STD4002", path, 3, 37, "write it as a percentage such as `28%`, not `70`");
        }

        [Fact]
        public void YamlEvidence_Parses()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: 28%\n  assessment: { engagement: 70%, desistance: 66%, safety: 52% }\n");

            AssertDiagnostics(result);
            Assert.Equal(52, result.Evidence!.CaseSample!.Assessment!.Safety);
        }

        [Fact]
        public void MissingFields_AreNullNotErrors()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: null\n");

            AssertDiagnostics(result);
            Assert.Null(result.Evidence!.CaseSample!.OversightSufficientPercent);
        }

        [Fact]
        public void InvalidEvidence_GivesNoEvidenceAndEveryProblem()
        {
            var result = Read(
                "case_sample:\n" +
                "  oversight_sufficent_percent: 70%\n" +
                "  first_touch_point_on_time_percent: 80\n" +
                "workforce:\n" +
                "  po:\n" +
                "    target_fte: -5\n");

            Assert.Null(result.Evidence);
            Assert.False(result.IsValid);
            Assert.Equal(
                new[] { $"STD4001 {InlinePath}(2,3)", $"STD4002 {InlinePath}(3,38)", $"STD4003 {InlinePath}(6,17)" },
                result.Diagnostics.Select(d => $"{d.Id} {d.Span}").ToArray());
        }

        [Fact]
        public void YamlSyntaxErrorInEvidence_GivesNoEvidence()
        {
            var result = Read("case_sample:\n  oversight_sufficient_percent: \"28%\n");

            Assert.Null(result.Evidence);
            Assert.Equal("STD0001", Assert.Single(result.Diagnostics).Id);
        }
    }
}
