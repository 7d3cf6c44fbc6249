using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0010: two items share an id; the second is reported, with the first as the additional span.</summary>
    public class STD0010DuplicateIdTests
    {
        private const string OtherStandardPath = "rules/standards/p1.3.yaml";

        [Fact]
        public void CharacteristicIdUsedInTwoFiles_ReportsBothPlaces()
        {
            var other = Standard()
                .Replace("id: P1.2\n", "id: P1.3\n")
                .Replace("  - id: P1.2.3\n", "  - id: P1.3.3\n")
                .Replace("key_question: P1.2.3", "key_question: P1.3.3");

            var result = LoadWithManifest((StandardPath, Standard()), (OtherStandardPath, other));

            var diagnostic = AssertSingle(result, "STD0010", OtherStandardPath, 13, 9,
                "the characteristic id `P1.2.3-good-oversight` is used twice; the first is at rules/standards/p1.2.yaml line 13");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), StandardPath, 13, 9);
        }

        [Fact]
        public void KeyQuestionIdUsedTwice_ReportsBothPlaces()
        {
            var standard = Standard().Replace("characteristics:\n", "  - id: P1.2.3\n    question: Again?\ncharacteristics:\n");

            var result = LoadWithManifest((StandardPath, standard));

            var diagnostic = AssertSingle(result, "STD0010", StandardPath, 12, 9, "the key question id `P1.2.3` is used twice");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), StandardPath, 8, 9);
        }

        [Fact]
        public void GradeListedTwiceInTheScale_ReportsBothPlaces()
        {
            var manifest = Manifest.Replace("  - grade: outstanding\n    label: Outstanding\n    points: 3\n",
                "  - grade: outstanding\n    label: Outstanding\n    points: 3\n  - grade: good\n    label: Good again\n    points: 4\n");

            var result = Load((ManifestPath, manifest), (StandardPath, Standard()));

            var diagnostic = AssertSingle(result, "STD0010", ManifestPath, 19, 12, "the grade `good` appears twice in the scale; the first is at line 13");
            AssertAt(Assert.Single(diagnostic.AdditionalSpans), ManifestPath, 13, 12);
        }
    }
}
