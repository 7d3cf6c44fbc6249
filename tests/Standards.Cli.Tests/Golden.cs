using System;
using System.IO;

namespace Standards.Cli.Tests
{
    /// <summary>
    /// Compares output with a file under tests/Standards.Cli.Tests/Golden. Set STANDARDS_UPDATE_GOLDEN=1 to rewrite
    /// the files after an intended change, then review the diff.
    /// </summary>
    internal static class Golden
    {
        public static void Assert(string name, string actual)
        {
            var path = Path.Combine(StandardsProcess.RepoRoot, "tests", "Standards.Cli.Tests", "Golden", name);
            if (Environment.GetEnvironmentVariable("STANDARDS_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(path, actual);
                return;
            }

            Xunit.Assert.True(File.Exists(path), $"missing golden file {path}; run with STANDARDS_UPDATE_GOLDEN=1");
            Xunit.Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
        }
    }
}
