using Xunit;
using static Standards.Rules.Tests.Diagnostics.RuleFiles;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0007: a value has the wrong shape (a single value where a mapping or list belongs, and so on).</summary>
    public class STD0007WrongValueKindTests
    {
        [Fact]
        public void PromptsAsASingleValue_IsReportedAtTheValue()
        {
            var standard = Standard().Replace("    prompts:\n      a: Is an effective induction programme delivered to new staff?\n", "    prompts: none\n");

            var result = LoadWithManifest((StandardPath, standard));

            AssertSingle(result, "STD0007", StandardPath, 10, 14, "`prompts` of a key question should be a mapping of keys and values, but it is a value");
        }

        [Fact]
        public void KeyQuestionsAsASingleValue_IsReported()
        {
            var standard = Standard().Replace(
                "key_questions:\n  - id: P1.2.3\n    question: Does the oversight of work support high-quality delivery?\n    prompts:\n      a: Is an effective induction programme delivered to new staff?\n",
                "key_questions: P1.2.3\n");

            var result = LoadWithManifest((StandardPath, standard));

            AssertSingle(result, "STD0007", StandardPath, 7, 16, "`key_questions` of a standard file should be a list (lines starting with `-`), but it is a value");
        }

        [Fact]
        public void FileThatIsAList_IsReportedAtItsStart()
        {
            var result = LoadWithManifest((StandardPath, "- standard: P1.2\n"));

            AssertSingle(result, "STD0007", StandardPath, 1, 1, "a rule file should be a mapping starting with `rulebook:`, `standard:` or `examples:`, but it is a list");
        }

        [Fact]
        public void ExpectationThatIsAList_IsReported()
        {
            var result = LoadWithManifest((StandardPath, Standard()), (ExamplesPath, Examples("P1.2: [good]")));

            AssertSingle(result, "STD0007", ExamplesPath, 7, 13, "the expected rating for `P1.2` should be a grade");
        }
    }
}
