using System;

namespace Standards.Engine.Runtime
{
    /// <summary>A pattern filter or a join condition was evaluated.</summary>
    public sealed class ConditionEvaluatedEventArgs : EventArgs
    {
        /// <summary>The <see cref="PatternIndex"/> reported for a rule's join condition.</summary>
        public const int JoinConditionIndex = -1;

        internal ConditionEvaluatedEventArgs(ProductionRule rule, int patternIndex, object fact, bool result)
        {
            Rule = rule;
            PatternIndex = patternIndex;
            Fact = fact;
            Result = result;
        }

        /// <summary>The rule owning the condition.</summary>
        public ProductionRule Rule { get; }

        /// <summary>The id of the rule owning the condition.</summary>
        public string RuleId => Rule.Id;

        /// <summary>The pattern index, or <see cref="JoinConditionIndex"/> for the join condition.</summary>
        public int PatternIndex { get; }

        /// <summary>The fact tested, or for the join condition the whole tuple (<c>IReadOnlyList&lt;object&gt;</c>).</summary>
        public object Fact { get; }

        /// <summary>The condition's result.</summary>
        public bool Result { get; }
    }
}
