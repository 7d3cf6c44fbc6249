using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Standards.Cli.Tests
{
    public class TestCommandTests
    {
        [Fact]
        public void The_reference_rulebook_examples_all_pass()
        {
            var (code, output, _) = StandardsProcess.Run("test");
            Assert.Equal(0, code);
            Assert.Matches(@"\n(\d+) passed, 0 failed \(\1 example cases\)\n$", output);
        }

        [Fact]
        public void A_wrong_expectation_fails_with_expected_actual_and_explanation()
        {
            var copy = CopyWithNationalPictureExpecting("outstanding");
            try
            {
                var (code, output, _) = StandardsProcess.Run("test", copy);
                Assert.Equal(1, code);
                Assert.Contains("FAIL  the national picture rates staffing inadequate", output);
                Assert.Contains("P1.2 Staffing: expected Outstanding, got Inadequate", output);
                Assert.Contains("P1.2.3-requires-improvement-rpss (supports Requires improvement) did not hold: `supervision.rpss_per_practitioner_per_year >= 1`", output);
                Assert.Contains("evidence: supervision.rpss_per_practitioner_per_year = 0.1", output);
                Assert.DoesNotContain("P1.1", output);
                Assert.DoesNotContain("P1.2.3-good-rpss", output);
                Assert.Matches(@"1 failed \(\d+ example cases\)", output);
                var lines = output.TrimEnd('\n').Split('\n');
                Assert.True(lines.Length < 70, $"{lines.Length} lines for one failing case:\n{output}");

                var quiet = StandardsProcess.Run("test", copy, "--quiet");
                Assert.Equal(1, quiet.ExitCode);
                Assert.DoesNotContain("pass  ", quiet.Output);
                Assert.StartsWith("FAIL  the national picture rates staffing inadequate", quiet.Output);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        [Fact]
        public void Filter_runs_only_matching_cases_and_junit_records_them()
        {
            var junit = Path.Combine(Path.GetTempPath(), "standards-junit-" + Guid.NewGuid().ToString("N") + ".xml");
            try
            {
                var (code, output, _) = StandardsProcess.Run("test", "--filter", "NATIONAL PICTURE", "--junit", junit);
                Assert.Equal(0, code);
                var lines = output.TrimEnd('\n').Split('\n');
                Assert.All(lines.SkipLast(1), l => Assert.Matches(@"^pass  .*national picture.*   \[rules/examples/.+\.yaml:\d+\]$", l));
                Assert.Matches(@"^(\d+) passed, 0 failed \(\1 example cases, \d+ filtered out\)$", lines[^1]);

                var xml = XDocument.Load(junit);
                var cases = xml.Descendants("testcase").ToList();
                Assert.Equal(lines.Length - 1, cases.Count);
                Assert.Equal(cases.Count.ToString(), xml.Root!.Attribute("tests")!.Value);
                Assert.Equal("0", xml.Root.Attribute("failures")!.Value);
                Assert.Empty(xml.Descendants("failure"));
            }
            finally
            {
                File.Delete(junit);
            }
        }

        [Fact]
        public void A_failing_case_is_a_junit_failure_with_the_reason()
        {
            var copy = CopyWithNationalPictureExpecting("good");
            try
            {
                var junit = Path.Combine(copy, "results.xml");
                var (code, _, _) = StandardsProcess.Run("test", copy, "--quiet", "--junit", junit);
                Assert.Equal(1, code);
                var failure = Assert.Single(XDocument.Load(junit).Descendants("failure"));
                Assert.StartsWith("P1.2 Staffing: expected Good, got Inadequate", failure.Attribute("message")!.Value);
                Assert.Equal("the national picture rates staffing inadequate", failure.Parent!.Attribute("name")!.Value);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        [Fact]
        public void A_filter_that_matches_nothing_is_a_usage_error()
        {
            var (code, _, error) = StandardsProcess.Run("test", "--filter", "no such example");
            Assert.Equal(2, code);
            Assert.Contains("no example case matches", error);
        }

        /// <summary>A copy of the reference rulebook whose national-picture example expects P1.2 to be <paramref name="grade"/> (it is inadequate).</summary>
        private static string CopyWithNationalPictureExpecting(string grade)
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-rules-" + Guid.NewGuid().ToString("N"));
            CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            var file = Path.Combine(copy, "examples", "p1.2-staffing.yaml");
            var text = File.ReadAllText(file);
            int at = text.IndexOf("P1.2: inadequate", StringComparison.Ordinal);
            Assert.True(at > 0, "the staffing examples should expect an inadequate rating somewhere");
            File.WriteAllText(file, text.Substring(0, at) + "P1.2: " + grade + text.Substring(at + "P1.2: inadequate".Length));
            return copy;
        }

        internal static void CopyDirectory(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to));
        }
    }
}
