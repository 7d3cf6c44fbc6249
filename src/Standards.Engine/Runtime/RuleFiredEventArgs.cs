using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>A rule fired for a tuple and its action completed.</summary>
    public sealed class RuleFiredEventArgs : EventArgs
    {
        internal RuleFiredEventArgs(ProductionRule rule, IReadOnlyList<object> tuple, IReadOnlyList<object> insertedFacts)
        {
            Rule = rule;
            Tuple = tuple;
            InsertedFacts = insertedFacts;
        }

        /// <summary>The rule.</summary>
        public ProductionRule Rule { get; }

        /// <summary>The rule id.</summary>
        public string RuleId => Rule.Id;

        /// <summary>The matched tuple, one element per pattern.</summary>
        public IReadOnlyList<object> Tuple { get; }

        /// <summary>The facts the action newly inserted, in insertion order.</summary>
        public IReadOnlyList<object> InsertedFacts { get; }
    }
}
