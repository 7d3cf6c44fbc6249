using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>A rule is about to fire for a tuple.</summary>
    public sealed class RuleFiringEventArgs : EventArgs
    {
        internal RuleFiringEventArgs(ProductionRule rule, IReadOnlyList<object> tuple)
        {
            Rule = rule;
            Tuple = tuple;
        }

        /// <summary>The rule.</summary>
        public ProductionRule Rule { get; }

        /// <summary>The rule id.</summary>
        public string RuleId => Rule.Id;

        /// <summary>The matched tuple, one element per pattern.</summary>
        public IReadOnlyList<object> Tuple { get; }
    }
}
