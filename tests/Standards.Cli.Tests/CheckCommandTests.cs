using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Standards.Cli.Tests
{
    public class CheckCommandTests
    {
        [Fact]
        public void The_reference_rulebook_is_clean()
        {
            var (code, output, _) = StandardsProcess.Run("check", "rules");
            Assert.Equal(0, code);
            Assert.Equal("0 error(s), 0 warning(s)\n", output);
        }

        [Fact]
        public void A_broken_rule_fails_with_its_position_in_text_json_and_sarif()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-check-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                var file = Path.Combine(copy, "standards", "P1.2-staffing.yaml");
                var lines = File.ReadAllLines(file);
                int index = Array.FindIndex(lines, l => l.Contains("case_sample.oversight_sufficient_percent", StringComparison.Ordinal) && l.TrimStart().StartsWith("when:", StringComparison.Ordinal));
                Assert.True(index >= 0);
                int column = lines[index].IndexOf("oversight_sufficient_percent", StringComparison.Ordinal) + 1;
                lines[index] = lines[index].Replace("oversight_sufficient_percent", "oversight_sufficent_percent");
                File.WriteAllLines(file, lines);

                var text = StandardsProcess.Run("check", copy);
                Assert.Equal(1, text.ExitCode);
                Assert.Contains($"{copy}/standards/P1.2-staffing.yaml({index + 1},{column}): error STD1003: `case_sample` has no field `oversight_sufficent_percent`; did you mean `oversight_sufficient_percent`?", text.Output);

                var json = StandardsProcess.Run("check", copy, "--format", "json");
                using var doc = JsonDocument.Parse(json.Output);
                Assert.Equal("STD1003", doc.RootElement[0].GetProperty("id").GetString());
                Assert.Equal(index + 1, doc.RootElement[0].GetProperty("line").GetInt32());

                var sarif = StandardsProcess.Run("check", copy, "--format", "sarif");
                using var log = JsonDocument.Parse(sarif.Output);
                var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
                Assert.Equal("STD1003", result.GetProperty("ruleId").GetString());
                Assert.Equal(column, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }
    
        [Fact]
        public void A_failing_example_case_is_STD2009_at_the_expectation()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-check-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                var file = Path.Combine(copy, "examples", "p1.2-staffing.yaml");
                var lines = File.ReadAllLines(file);
                int index = Array.FindIndex(lines, l => l.Trim() == "P1.2: inadequate");
                Assert.True(index >= 0);
                int column = lines[index].IndexOf("P1.2", StringComparison.Ordinal) + 1;
                lines[index] = lines[index].Replace("P1.2: inadequate", "P1.2: good");
                File.WriteAllLines(file, lines);
                var (code, output, _) = StandardsProcess.Run("check", copy);
                Assert.Equal(1, code);
                Assert.Contains($"{copy}/examples/p1.2-staffing.yaml({index + 1},{column}): error STD2009: the example", output);
                Assert.Contains("expects `P1.2` to be good, but the rulebook gives inadequate", output);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        [Fact]
        public void Warnings_fail_the_check_only_with_warnings_as_errors()
        {
            var folder = Path.Combine(StandardsProcess.RepoRoot, "tests", "corpus", "broken", "30-non-monotonic-ladder");
            var plain = StandardsProcess.Run("check", folder);
            Assert.Equal(0, plain.ExitCode);
            Assert.Contains("warning STD2003", plain.Output);
            var strict = StandardsProcess.Run("check", folder, "--warnings-as-errors");
            Assert.Equal(1, strict.ExitCode);
            Assert.Equal(plain.Output, strict.Output);
        }

        [Fact]
        public void A_file_with_broken_indentation_gives_one_error_in_the_authors_words()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-check-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                var file = Path.Combine(copy, "standards", "P1.3-services.yaml");
                var lines = File.ReadAllLines(file);
                int index = Array.FindIndex(lines, l => l == "  title: Services");
                lines[index] = " title: Services";
                File.WriteAllLines(file, lines);
                var (code, output, _) = StandardsProcess.Run("check", copy);
                Assert.Equal(1, code);
                var reported = output.TrimEnd('\n').Split('\n');
                Assert.Equal(2, reported.Length);
                Assert.StartsWith($"{copy}/standards/P1.3-services.yaml({index + 1},2): error STD0001: the YAML cannot be read here: this line does not line up with the keys above it", reported[0]);
                Assert.Matches(@"the \d+ expectation\(s\) of example cases that name `P1.3`, which it defines, are not checked\)$", reported[0]);
                Assert.Equal("1 error(s), 0 warning(s)", reported[1]);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }
    }
}
