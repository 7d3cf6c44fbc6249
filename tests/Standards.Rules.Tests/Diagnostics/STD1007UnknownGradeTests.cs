using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1007: a grade that is not on the rating scale.</summary>
    public class STD1007UnknownGradeTests
    {
        [Fact]
        public void MisspeltSupportedGrade_SuggestsTheNearestGrade()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("supports: good", "supports: god")));

            AssertSingle(result, "STD1007", StandardPath, 15, 15,
                "`god` is not a grade of the rating scale; did you mean `good`? (grades: inadequate, requires_improvement, good, outstanding)");
        }

        [Fact]
        public void UnknownExpectedGrade_IsReportedAtTheValue()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.2: excellent")));

            AssertSingle(result, "STD1007", ExamplesPath, 7, 13, "`excellent` is not a grade of the rating scale");
        }

        [Fact]
        public void UnknownGradeInAnExpectedRange_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.2: requires_improvement to gud")));

            AssertSingle(result, "STD1007", ExamplesPath, 7, 13, "`gud` is not a grade of the rating scale; did you mean `good`?");
        }

        [Fact]
        public void UnknownGradeInAnOverallBand_IsReported()
        {
            var result = Load((ManifestPath, Manifest.Replace("  - grade: good\n    from: 2", "  - grade: goood\n    from: 2")), (StandardPath, Standard()));

            // The band is left out, so the totals it covered are reported as a gap too.
            var diagnostics = AssertDiagnostics(result,
                "STD1007 rules/rulebook.yaml(26,12)",
                "STD0008 rules/rulebook.yaml(29,5)");
            Assert.Contains("`goood` is not a grade of the rating scale; did you mean `good`?", diagnostics[0].Message);
            Assert.Contains("no band covers totals 2 to 2", diagnostics[1].Message);
        }
    }
}
