using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1001: an example expects a rating for a standard the rulebook does not have.</summary>
    public class STD1001UnknownStandardTests
    {
        [Fact]
        public void UnknownStandardInExpect_SuggestsTheNearestStandard()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.9: good")));

            AssertSingle(result, "STD1001", ExamplesPath, 7, 7, "`P1.9` is not a standard of this rulebook; did you mean `P1.2`?");
        }

        [Fact]
        public void MisspeltOverall_SuggestsOverall()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.2: good", "overal: good")));

            AssertSingle(result, "STD1001", ExamplesPath, 8, 7, "`overal` is not a standard of this rulebook; did you mean `overall`?");
        }

        [Fact]
        public void KnownStandardAndOverall_AreAccepted()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.2: good", "overall: requires_improvement to good")));

            AssertDiagnostics(result);
        }
    }
}
