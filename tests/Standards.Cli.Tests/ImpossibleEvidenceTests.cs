using System;
using System.IO;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>
    /// Evidence that cannot be true taken together, or that names what the rulebook does not have, is refused by
    /// <c>standards rate</c>: exit code 1, nothing rated, and the diagnostic at its place naming the other place's line.
    /// </summary>
    public sealed class ImpossibleEvidenceTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "standards-impossible-" + Guid.NewGuid().ToString("N"));

        public ImpossibleEvidenceTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, true);

        public static TheoryData<string, string, string, string, string> Cases() => new()
        {
            // id, evidence, file:line:column reported, other line named in the message, CSV beside the evidence
            { "STD4009", "workforce:\n  trainee_percent: 80%\n  newly_qualified_percent: 70%\n", "pdu.yaml(3,3)", "(line 2)", "" },
            { "STD4010", "workforce:\n  po:\n    in_post_headcount: 2\n    in_post_fte: 38\n", "pdu.yaml(4,5)", "(line 3)", "" },
            { "STD4004", "workforce:\n  po:\n    target_fte: 40\n    in_post_fte: 60\n", "pdu.yaml(4,5)", "(line 3)", "" },
            { "STD4011", "case_sample:\n  sample_size: 0\n  oversight_sufficient_percent: 28%\n", "pdu.yaml(3,3)", "(line 2)", "" },
            { "STD4012", "case_sample:\n  sample_size: 45\n  oversight_sufficient_percent: 33.4%\n", "pdu.yaml(3,3)", "(line 2)", "" },
            { "STD4013", "case_sample:\n  sample_size: 40\n  oversight_not_required_cases: 45\n", "pdu.yaml(3,3)", "(line 2)", "" },
            { "STD4014", $"pdu:\n  name: Cardiff\n  inspection_date: {DateTime.UtcNow.Date.AddYears(5):yyyy-MM-dd}\n", "pdu.yaml(3,3)", "(line 3)", "" },
            { "STD4014", "pdu:\n  inspection_date: 1999-12-31\n", "pdu.yaml(2,3)", "(line 2)", "" },
            { "STD4015", "workforce:\n  spo:\n    in_post_fte: 0\nspans:\n  sentence_management_fte: 1:10\n", "pdu.yaml(5,3)", "(line 3)", "" },
            { "STD4016", "pdu:\n  name: \"\"\n", "pdu.yaml(2,3)", "(line 2)", "" },
            { "STD4007", "judgements:\n  prompts:\n    - prompt: P1.1.1a\n      key_question: P9.9.9\n      met: true\n", "pdu.yaml(4,21)", "(line 4)", "" },
            { "STD4007", "judgements:\n  prompts:\n    - prompt: P1.1.2a\n      key_question: P1.1.1\n      met: true\n", "pdu.yaml(3,15)", "(line 4)", "" },
            { "STD4017", "case_sample:\n  oversight_sufficient_percent: 40%\n  cases_file: cases.csv\n", "pdu.yaml(2,3)", "at line 1", "case_id,oversight_sufficient\nC1,yes\nC2,yes\nC3,no\nC4,yes\n" },
            { "STD4008", "case_sample:\n  cases_file: cases.csv\n", "cases.csv(4,1)", "(line 2)", "case_id,oversight_sufficient\nC1,yes\n\"C, 2\",no\nC1,no\n" },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Rate_refuses_the_evidence_and_names_both_places(string id, string evidence, string at, string otherLine, string csv)
        {
            if (csv.Length > 0) File.WriteAllText(Path.Combine(_folder, "cases.csv"), csv);
            var file = Path.Combine(_folder, "pdu.yaml");
            File.WriteAllText(file, evidence);

            var (code, output, error) = StandardsProcess.Run("rate", file);

            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            var line = Array.Find(error.Split('\n'), l => l.StartsWith($"{_folder}/{at}: error {id}: ", StringComparison.Ordinal));
            Assert.True(line != null, $"no {id} at {at} in:\n{error}");
            Assert.Contains(otherLine, line);
        }

        [Fact]
        public void Check_fails_when_a_standard_file_is_deleted_from_a_copy_of_the_rules()
        {
            var copy = Path.Combine(_folder, "rules");
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            File.Delete(Path.Combine(copy, "standards", "P2.3-implementation-and-delivery.yaml"));

            var (code, output, _) = StandardsProcess.Run("check", copy);

            Assert.Equal(1, code);
            Assert.Contains($"{copy}/rulebook.yaml(", output);
            Assert.Contains("error STD2010: the overall bands cover 0 to 21 points, but the rulebook has 6 standards (P1.1, P1.2, P1.3, P2.1, P2.2, P2.4) worth 0 to 18 points", output);
        }
    }
}
