using Standards.Rules.Expressions;
using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A rating characteristic: a condition over evidence that supports a grade or caps the standard at one.</summary>
    public sealed class Characteristic
    {
        public Characteristic(string id, string keyQuestionId, CharacteristicRole role, string gradeId, Expr condition, string conditionText, string reason, SourceSpan span, SourceSpan gradeSpan)
        {
            Id = id;
            KeyQuestionId = keyQuestionId;
            Role = role;
            GradeId = gradeId;
            Condition = condition;
            ConditionText = conditionText;
            Reason = reason;
            Span = span;
            GradeSpan = gradeSpan;
        }

        /// <summary>The id, unique in the rulebook.</summary>
        public string Id { get; }

        /// <summary>The key question it belongs to.</summary>
        public string KeyQuestionId { get; }

        /// <summary>Whether it supports a grade or caps the standard.</summary>
        public CharacteristicRole Role { get; }

        /// <summary>The grade supported or capped at.</summary>
        public string GradeId { get; }

        /// <summary>The condition over evidence.</summary>
        public Expr Condition { get; }

        /// <summary>The condition as written.</summary>
        public string ConditionText { get; }

        /// <summary>The plain-English reason shown with ratings.</summary>
        public string Reason { get; }

        /// <summary>Where the characteristic is.</summary>
        public SourceSpan Span { get; }

        /// <summary>Where the supports/caps grade is written.</summary>
        public SourceSpan GradeSpan { get; }

    }
}
