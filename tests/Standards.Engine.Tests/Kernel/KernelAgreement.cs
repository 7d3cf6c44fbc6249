using System.Collections.Generic;
using Standards.Engine.Kernel;
using Standards.Engine.Presentation;
using Standards.Engine.Rating;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>
    /// Compares the kernel with the session engine through the engine's public surface only (standard, key
    /// question and overall ranges, characteristic outcomes, points), so it holds whichever session engine is on main.
    /// </summary>
    internal static class KernelAgreement
    {
        /// <summary>Every way the two ratings differ; empty when they agree.</summary>
        public static IReadOnlyList<string> Differences(RatingReport session, KernelRating kernel)
        {
            var differences = new List<string>();
            var k = kernel.Kernel;
            if (session.Standards.Count != k.Standards.Count) differences.Add($"{session.Standards.Count} standards in the session, {k.Standards.Count} in the kernel");
            foreach (var standard in session.Standards)
            {
                int s = k.IndexOfStandard(standard.Standard.Id);
                Same(differences, standard.Standard.Id, standard.Range, kernel.StandardRange(s));
                Same(differences, standard.Standard.Id + " uncapped", standard.Uncapped, kernel.UncappedRange(s));
                foreach (var judgement in standard.KeyQuestions)
                {
                    int q = IndexOf(k, judgement.KeyQuestion.Id);
                    Same(differences, judgement.KeyQuestion.Id, judgement.Range, kernel.KeyQuestionRange(q));
                    if (judgement.Bound.Measure != null && judgement.Measure != kernel.Measure(q))
                    {
                        differences.Add($"{judgement.KeyQuestion.Id} measure: session {judgement.Measure}, kernel {kernel.Measure(q)}");
                    }

                    foreach (var support in judgement.Supports) SameOutcome(differences, support, kernel);
                }

                foreach (var cap in standard.Caps) SameOutcome(differences, cap, kernel);
            }

            Same(differences, "overall", session.Overall.Range, kernel.OverallRange);
            if (session.Overall.LowestPoints != kernel.LowestPoints || session.Overall.HighestPoints != kernel.HighestPoints)
            {
                differences.Add($"overall points: session {session.Overall.LowestPoints}-{session.Overall.HighestPoints}, kernel {kernel.LowestPoints}-{kernel.HighestPoints}");
            }

            return differences;
        }

        private static int IndexOf(RatingKernel kernel, string keyQuestionId)
        {
            for (int i = 0; i < kernel.KeyQuestions.Count; i++)
            {
                if (kernel.KeyQuestions[i].Id == keyQuestionId) return i;
            }

            return -1;
        }

        private static void Same(List<string> differences, string what, GradeRange session, GradeRange kernel)
        {
            if (session.ToIdText() != kernel.ToIdText()) differences.Add($"{what}: session {session.ToIdText()}, kernel {kernel.ToIdText()}");
        }

        private static void SameOutcome(List<string> differences, CharacteristicResult result, KernelRating kernel)
        {
            var outcome = kernel.Outcome(result.Bound.Id);
            if (outcome != result.Outcome) differences.Add($"{result.Bound.Id}: session {result.OutcomeText}, kernel {OutcomeText.Of(outcome)}");
        }
    }
}
