using System;
using System.IO;
using Xunit;

namespace Standards.Cli.Tests
{
    public class DiffCommandTests
    {
        [Fact]
        public void An_unchanged_rulebook_moves_nothing()
        {
            var (code, output, _) = StandardsProcess.Run("diff", "--after", "rules", "examples");
            Assert.Equal(0, code);
            Assert.EndsWith("0 rating(s) moved across 4 PDU(s)\n", output);
        }

        [Fact]
        public void Loosening_a_threshold_shows_the_ratings_that_move()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-diff-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                var file = Path.Combine(copy, "standards", "P1.2-staffing.yaml");
                var text = File.ReadAllText(file);
                Assert.Contains("spans.sentence_management_fte <= 1:10", text);
                File.WriteAllText(file, text.Replace("spans.sentence_management_fte <= 1:10", "spans.sentence_management_fte <= 1:12")
                    .Replace("spans.courts_fte <= 1:12", "spans.courts_fte <= 1:21").Replace("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficient_percent >= 50%"));
                var (code, output, _) = StandardsProcess.Run("diff", "--after", copy, "examples/wales-sentence-management.yaml");
                Assert.Equal(0, code);
                Assert.Contains("P1.2 Staffing: Requires improvement -> Good (up)", output);
                Assert.Matches(@"[1-9]\d* rating\(s\) moved across 1 PDU\(s\)", output);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }
    }
}
