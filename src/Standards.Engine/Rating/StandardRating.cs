using System.Collections.Generic;
using Standards.Rules.Model;

namespace Standards.Engine.Rating
{
    /// <summary>A derived fact: a standard's provisional rating, with its key questions, caps and missing evidence.</summary>
    public sealed class StandardRating
    {
        /// <summary>Creates a standard's rating.</summary>
        public StandardRating(Standard standard, GradeRange range, GradeRange uncapped, IReadOnlyList<KeyQuestionJudgement> keyQuestions,
            IReadOnlyList<CharacteristicResult> caps, IReadOnlyList<string> missingEvidence)
        {
            Standard = standard;
            Range = range;
            Uncapped = uncapped;
            KeyQuestions = keyQuestions;
            Caps = caps;
            MissingEvidence = missingEvidence;
        }

        /// <summary>The standard rated.</summary>
        public Standard Standard { get; }

        /// <summary>The rating, or the range still possible.</summary>
        public GradeRange Range { get; }

        /// <summary>The rating before caps.</summary>
        public GradeRange Uncapped { get; }

        /// <summary>The key question judgements, in order.</summary>
        public IReadOnlyList<KeyQuestionJudgement> KeyQuestions { get; }

        /// <summary>The capping characteristics and their outcomes.</summary>
        public IReadOnlyList<CharacteristicResult> Caps { get; }

        /// <summary>Evidence paths that were missing and could change the rating, sorted.</summary>
        public IReadOnlyList<string> MissingEvidence { get; }
    }
}
