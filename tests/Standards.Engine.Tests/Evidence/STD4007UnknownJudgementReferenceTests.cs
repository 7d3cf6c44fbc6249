using System.Text;
using Standards.Engine.Evidence;
using Standards.Engine.Tests.Properties;
using Xunit;
using static Standards.Engine.Tests.Evidence.EvidenceFiles;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>STD4007: prompt judgements that name a key question or prompt the rulebook does not have.</summary>
    public class STD4007UnknownJudgementReferenceTests
    {
        private static EvidenceLoadResult ReadAgainstRulebook(string text) =>
            EvidenceReader.Read(InlinePath, Encoding.UTF8.GetBytes(text), rulebook: ReferenceRulebook.Compiled.Rulebook);

        [Fact]
        public void UnknownKeyQuestion_IsReportedAtTheValue()
        {
            var result = ReadAgainstRulebook("judgements:\n  prompts:\n    - prompt: P1.1.1a\n      key_question: P9.9.9\n      met: true\n");

            AssertSingle(result, "STD4007", InlinePath, 4, 21, "`judgements.prompts[1].key_question` (line 4) is `P9.9.9`, which is not a key question of the rulebook");
        }

        [Fact]
        public void MisspeltPrompt_GetsDidYouMean()
        {
            var result = ReadAgainstRulebook("judgements:\n  prompts:\n    - prompt: P1.1.1z\n      met: true\n");

            AssertSingle(result, "STD4007", InlinePath, 3, 15, "`judgements.prompts[1].prompt` (line 3) is `P1.1.1z`, which is not a prompt of the rulebook; did you mean `P1.1.1a`?");
        }

        [Fact]
        public void PromptOfAnotherKeyQuestion_NamesBothFieldsAndLines()
        {
            var result = ReadAgainstRulebook("judgements:\n  prompts:\n    - prompt: P1.1.2a\n      key_question: P1.1.1\n      met: true\n");

            AssertPair(result, "STD4007", InlinePath, 3, 15, InlinePath, 4, 21,
                "`judgements.prompts[1].prompt` (line 3) is `P1.1.2a`, a prompt of `P1.1.2`, but `judgements.prompts[1].key_question` (line 4) is `P1.1.1`");
        }

        [Fact]
        public void KnownReferences_AreAccepted()
        {
            var result = ReadAgainstRulebook("judgements:\n  prompts:\n    - prompt: P1.1.1a\n      key_question: P1.1.1\n      met: true\n");

            AssertDiagnostics(result);
        }

        [Fact]
        public void WithoutARulebook_ReferencesAreNotChecked()
        {
            var result = Read("judgements:\n  prompts:\n    - prompt: P1.1.1a\n      key_question: P9.9.9\n      met: true\n");

            AssertDiagnostics(result);
        }
    }
}
