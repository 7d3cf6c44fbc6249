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

        /// <summary>The standard.</summary>
        public Standard Standard { get; }

        /// <summary>The key question.</summary>
        public KeyQuestion KeyQuestion { get; }

        /// <summary>The grade.</summary>
        public Grade Grade { get; }

        /// <summary>Some example case rated the key question at exactly this grade.</summary>
        public bool Reached { get; internal set; }
    }
}
