using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0001: the file is not valid YAML.</summary>
    public class STD0001YamlSyntaxTests
    {
        [Fact]
        public void UnclosedQuote_IsReportedWhereTheQuotedValueStarts()
        {
            var result = LoadWithManifest((StandardPath, "standard:\n  id: P1.2\n  title: \"Staffing\n"));

            AssertSingle(result, "STD0001", StandardPath, 3, 10, "this quoted value is never closed; add the closing quote");
        }

        [Fact]
        public void KeyIndentedLessThanItsSiblings_IsReportedAtTheKey()
        {
            var result = LoadWithManifest((StandardPath, "standard:\n  id: P1.2\n title: Staffing\n"));

            AssertSingle(result, "STD0001", StandardPath, 3, 2, "this line does not line up with the keys above it");
        }

        [Fact]
        public void TabIndentation_IsReportedAtTheTab()
        {
            var result = LoadWithManifest((StandardPath, "standard:\n\tid: P1.2\n"));

            AssertSingle(result, "STD0001", StandardPath, 2, 1, "tabs are not allowed for indentation; use spaces");
        }

        [Fact]
        public void UnclosedFlowList_IsReportedAtTheOpeningBracket()
        {
            var result = LoadWithManifest((StandardPath, "standard:\n  id: [P1.2\n  title: Staffing\n"));

            AssertSingle(result, "STD0001", StandardPath, 2, 7, "the YAML cannot be read");
        }

        [Fact]
        public void SecondDocument_IsReportedAtItsMarker()
        {
            var result = LoadWithManifest((StandardPath, Standard() + "---\nx: 1\n"));

            AssertSingle(result, "STD0001", StandardPath, 18, 1, "this starts a second one");
        }

        [Fact]
        public void BrokenFile_StopsOnlyThatFile()
        {
            var result = LoadWithManifest((StandardPath, "standard:\n  id: P1.2\n title: Staffing\n"));

            Assert.True(result.HasErrors);
            Assert.NotNull(result.Rulebook);
            Assert.Empty(result.Rulebook!.Standards);
        }
    }
}
