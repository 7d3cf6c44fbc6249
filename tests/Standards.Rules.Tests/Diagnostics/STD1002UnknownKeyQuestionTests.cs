using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD1002: a key question that is not part of the standard.</summary>
    public class STD1002UnknownKeyQuestionTests
    {
        [Fact]
        public void CharacteristicForAnUnknownKeyQuestion_SuggestsTheNearest()
        {
            var result = LoadWithManifest((StandardPath, Standard().Replace("key_question: P1.2.3", "key_question: P1.2.4")));

            AssertSingle(result, "STD1002", StandardPath, 14, 19, "`P1.2.4` is not a key question of this standard; did you mean `P1.2.3`?");
        }

        [Fact]
        public void KeyQuestionIdOfAnotherStandard_IsReportedAtTheId()
        {
            var standard = Standard().Replace("  - id: P1.2.3\n", "  - id: P1.3.3\n").Replace("key_question: P1.2.3", "key_question: P1.3.3");

            var result = LoadWithManifest((StandardPath, standard));

            AssertSingle(result, "STD1002", StandardPath, 8, 9, "the key question `P1.3.3` is in the file of standard `P1.2`, so its id should start with `P1.2.`");
        }
    }
}
