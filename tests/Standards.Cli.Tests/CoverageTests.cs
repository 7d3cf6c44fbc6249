using System.Linq;
using System.Text.Json;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>
    /// <c>standards test --coverage</c> on a small rulebook whose coverage was worked out by hand
    /// (Coverage/small-rulebook): 4 characteristics (12 outcomes), 6 atoms in three two-atom conditions, and
    /// the 4 rungs of one key question.
    /// </summary>
    public class CoverageTests
    {
        private const string Rulebook = "tests/Standards.Cli.Tests/Coverage/small-rulebook";

        [Fact]
        public void The_summary_and_uncovered_items_match_the_hand_count()
        {
            var (code, output, _) = StandardsProcess.Run("test", Rulebook, "--coverage");
            Assert.Equal(0, code);
            Assert.Contains("coverage: 68.2% of 22 items by 4 example cases (characteristic outcomes 10/12, condition atoms 2/6, key-question rungs 3/4)", output);
            var uncovered = output.Split('\n').SkipWhile(l => l != "uncovered:").Skip(1).Where(l => l.Length > 0).ToList();
            Assert.Equal(new[]
            {
                $"  {Rulebook}/standards/P1.2.yaml:9:9: key question P1.2.3 never rated Good",
                $"  {Rulebook}/standards/P1.2.yaml:14:9: `ri` never unknown",
                $"  {Rulebook}/standards/P1.2.yaml:17:11: `case_sample.oversight_sufficient_percent >= 50%` in `ri` never decided the condition when true",
                $"  {Rulebook}/standards/P1.2.yaml:17:62: `judgements.reflective_practice_evident` in `ri` never decided the condition when true",
                $"  {Rulebook}/standards/P1.2.yaml:22:63: `judgements.reflective_practice_evident` in `good` never decided the condition when false",
                $"  {Rulebook}/standards/P1.2.yaml:28:62: `case_sample.oversight_sufficient_percent >= 90%` in `outstanding` never decided the condition when true",
                $"  {Rulebook}/standards/P1.2.yaml:30:9: `cap-reflective` never unknown",
            }, uncovered);
        }

        [Fact]
        public void An_atom_that_can_never_decide_is_reported_in_json()
        {
            var (code, output, error) = StandardsProcess.Run("test", Rulebook, "--coverage", "--format", "json");
            Assert.Equal(0, code);
            Assert.Contains("4 passed, 0 failed", error);
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            Assert.Equal(68.2, root.GetProperty("percent").GetDouble());
            Assert.Equal(2, root.GetProperty("atoms").GetProperty("covered").GetInt32());
            Assert.Equal(6, root.GetProperty("atoms").GetProperty("total").GetInt32());
            var never = root.GetProperty("uncovered").EnumerateArray().Single(i => i.TryGetProperty("atom", out var atom) && atom.GetString() == "case_sample.oversight_sufficient_percent >= 90%");
            Assert.Equal("outstanding", never.GetProperty("id").GetString());
            Assert.Equal(new[] { "decided when true" }, never.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToArray());
            Assert.Equal(28, never.GetProperty("line").GetInt32());
            Assert.Equal(62, never.GetProperty("column").GetInt32());
        }

        [Theory]
        [InlineData("68", 0)]
        [InlineData("68.1", 0)]
        [InlineData("68.3", 1)]
        [InlineData("100", 1)]
        [InlineData("101", 2)]
        [InlineData("-1", 2)]
        public void Min_coverage_fails_the_run_below_the_threshold(string minimum, int expected)
        {
            var (code, _, error) = StandardsProcess.Run("test", Rulebook, "--min-coverage", minimum);
            Assert.Equal(expected, code);
            if (expected == 1) Assert.Contains($"coverage 68.2% is below --min-coverage {minimum}%", error);
        }

        [Fact]
        public void Json_without_coverage_is_a_usage_error()
        {
            var (code, _, error) = StandardsProcess.Run("test", Rulebook, "--format", "json");
            Assert.Equal(2, code);
            Assert.Contains("--coverage", error);
        }
    }
}
