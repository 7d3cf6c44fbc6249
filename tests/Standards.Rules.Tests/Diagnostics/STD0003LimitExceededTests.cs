using System.Text;
using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0003: files over 2 MiB or nested more than 64 levels deep.</summary>
    public class STD0003LimitExceededTests
    {
        [Fact]
        public void FileOverTwoMebibytes_IsReportedAtTheStart()
        {
            var text = "standard:\n  title: \"" + new string('x', 2 * 1024 * 1024) + "\"\n";

            var result = LoadWithManifest((StandardPath, text));

            AssertSingle(result, "STD0003", StandardPath, 1, 1, "over the limit of 2,097,152 bytes");
        }

        [Fact]
        public void NestingDeeperThan64Levels_IsReportedAtTheFirstTooDeepList()
        {
            // The root mapping is level 1 and `standard`'s mapping level 2, so the 63rd `[` (column 72) is level 65.
            var text = "standard:\n  id: P1.2\n  title: " + new string('[', 70) + new string(']', 70) + "\n";

            var result = LoadWithManifest((StandardPath, text));

            AssertSingle(result, "STD0003", StandardPath, 3, 72, "nested more than 64 levels deep");
        }

        [Fact]
        public void FileOfExactlyTheLimit_IsNotTooLarge()
        {
            // A valid standard padded with comment lines to exactly 2 MiB.
            var text = new StringBuilder(Standard());
            while (text.Length + 1000 <= 2 * 1024 * 1024) text.Append("# ").Append('x', 997).Append('\n');
            int rest = (2 * 1024 * 1024) - text.Length - 2;
            text.Append('#').Append('x', rest).Append('\n');
            Assert.Equal(2 * 1024 * 1024, Encoding.UTF8.GetByteCount(text.ToString()));

            var result = LoadWithManifest((StandardPath, text.ToString()));

            AssertDiagnostics(result);
        }

        [Fact]
        public void ValueLongerThan100000Characters_IsReportedAtTheValue()
        {
            var text = "standard:\n  title: " + new string('x', 100_001) + "\n";

            var result = LoadWithManifest((StandardPath, text));

            AssertSingle(result, "STD0003", StandardPath, 2, 10, "this value is 100,001 characters long, over the limit of 100,000");
        }
    }
}
