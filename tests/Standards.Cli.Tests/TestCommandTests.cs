using System;
using System.IO;
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
            var copy = Path.Combine(Path.GetTempPath(), "standards-rules-" + Guid.NewGuid().ToString("N"));
            CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                var file = Path.Combine(copy, "examples", "p1.2-staffing.yaml");
                var text = File.ReadAllText(file);
                int at = text.IndexOf("P1.2: inadequate", StringComparison.Ordinal);
                Assert.True(at > 0, "the staffing examples should expect an inadequate rating somewhere");
                File.WriteAllText(file, text.Substring(0, at) + "P1.2: outstanding" + text.Substring(at + "P1.2: inadequate".Length));
                var (code, output, _) = StandardsProcess.Run("test", copy);
                Assert.Equal(1, code);
                Assert.Contains("FAIL", output);
                Assert.Contains("P1.2: expected outstanding, got inadequate", output);
                Assert.Contains("Staffing: Inadequate", output);
                Assert.Matches(@"1 failed \(\d+ example cases\)", output);
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }

        internal static void CopyDirectory(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to));
        }
    }
}
