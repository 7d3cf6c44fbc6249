using System.Linq;
using System.Text;
using Standards.Rules.Diagnostics;
using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0021: a file keeps at most 100 errors (and 100 warnings); the rest become one "and N more" line.</summary>
    public class STD0021MoreProblemsNotShownTests
    {
        [Fact]
        public void A_file_with_thousands_of_unknown_keys_lists_a_hundred_and_then_how_many_more()
        {
            var text = new StringBuilder(Standard());
            for (int i = 0; i < 5000; i++) text.Append("unknown_").Append(i).Append(": 1\n");

            var result = LoadWithManifest((StandardPath, text.ToString()));

            var inFile = result.Diagnostics.Where(d => d.Span.Path == StandardPath).ToList();
            Assert.Equal(101, inFile.Count);
            var last = inFile[^1];
            Assert.Equal("STD0021", last.Id);
            Assert.Equal(DiagnosticSeverity.Info, last.Severity);
            Assert.StartsWith("and 4,900 more errors in this file are not shown", last.Message);
            Assert.True(result.HasErrors);
        }

        [Fact]
        public void Errors_over_the_cap_are_still_errors_when_only_warnings_are_shown()
        {
            var bag = new DiagnosticBag();
            for (int i = 0; i < DiagnosticBag.MaxPerFile; i++) bag.Report(DiagnosticCatalog.TautologicalCondition, Text.SourceSpan.At("a.yaml", i, i + 1, 1), "w" + i);
            bag.Report(DiagnosticCatalog.UnknownKey, Text.SourceSpan.At("a.yaml", 500, 501, 1), "an error");

            Assert.True(bag.HasErrors);
            Assert.Contains(bag.ToSortedList(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.DoesNotContain(bag.ToSortedList(), d => d.Id == "STD0021");
        }
    }
}
