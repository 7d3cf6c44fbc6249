using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evidence.Checks;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Engine.Evidence
{
    /// <summary>STD4007: prompt judgements must name key questions and prompts that the rulebook has, and agree with each other.</summary>
    internal static class JudgementReferences
    {
        public static void Check(EvidenceRecord evidence, Rulebook rulebook, DiagnosticBag diagnostics)
        {
            var judgements = evidence.Child("judgements");
            var prompts = judgements?.Type.Find("prompts");
            if (judgements is null || prompts is null) return;
            var keyQuestions = rulebook.Standards.SelectMany(s => s.KeyQuestions).ToList();
            var keyQuestionIds = keyQuestions.Select(k => k.Id).ToList();
            var promptIds = keyQuestions.SelectMany(k => k.Prompts.Select(p => (Prompt: k.Id + p.Letter, KeyQuestion: k.Id))).ToDictionary(p => p.Prompt, p => p.KeyQuestion);
            foreach (var item in judgements.Items(prompts))
            {
                var keyQuestion = Given(item.Field("key_question"));
                var prompt = Given(item.Field("prompt"));
                bool keyQuestionKnown = keyQuestion != null && keyQuestionIds.Contains((string)keyQuestion.Value!);
                if (keyQuestion != null && !keyQuestionKnown)
                {
                    Report(diagnostics, keyQuestion, "a key question", keyQuestionIds);
                }

                if (prompt is null) continue;
                var promptId = (string)prompt.Value!;
                if (!promptIds.TryGetValue(promptId, out var owner))
                {
                    Report(diagnostics, prompt, "a prompt", promptIds.Keys);
                }
                else if (keyQuestionKnown && owner != (string)keyQuestion!.Value!)
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownJudgementReference, prompt.Entry!.Value.Span,
                        $"{prompt.Located} is `{promptId}`, a prompt of `{owner}`, but {keyQuestion.Located} is `{keyQuestion.Value}`; correct one of them",
                        keyQuestion.Entry!.Value.Span);
                }
            }
        }

        private static EvidenceField? Given(EvidenceField? field) => field != null && field.IsGiven && field.Value is string ? field : null;

        private static void Report(DiagnosticBag diagnostics, EvidenceField field, string what, IEnumerable<string> known) =>
            diagnostics.Report(DiagnosticCatalog.UnknownJudgementReference, field.Entry!.Value.Span,
                $"{field.Located} is `{field.Value}`, which is not {what} of the rulebook{Suggestions.Hint((string)field.Value!, known)}; a judgement on it would change the rating without being part of any standard");
    }
}
