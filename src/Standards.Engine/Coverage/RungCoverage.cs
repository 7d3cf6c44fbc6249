using Standards.Rules.Model;

namespace Standards.Engine.Coverage
{
    /// <summary>One rung of a key question's ladder (a grade) and whether an example case rated the key question exactly there.</summary>
    public sealed class RungCoverage
    {
        internal RungCoverage(Standard standard, KeyQuestion keyQuestion, Grade grade)
        {
            Standard = standard;
            KeyQuestion = keyQuestion;
            Grade = grade;
        }

        public Standard Standard { get; }

        public KeyQuestion KeyQuestion { get; }

        public Grade Grade { get; }

        /// <summary>Some example case rated the key question at exactly this grade.</summary>
        public bool Reached { get; internal set; }
    }
}
