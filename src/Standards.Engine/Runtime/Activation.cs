using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>A rule together with a tuple that satisfies all its conditions, waiting on the agenda.</summary>
    internal sealed class Activation
    {
        public Activation(RuleState rule, IReadOnlyList<object> tuple, int[] key, long id)
        {
            Rule = rule;
            Tuple = tuple;
            Key = key;
            Id = id;
        }

        /// <summary>The rule's session state.</summary>
        public RuleState Rule { get; }

        /// <summary>The matched tuple, one element per pattern.</summary>
        public IReadOnlyList<object> Tuple { get; }

        /// <summary>The tuple's identity and insertion-order key (see <see cref="TupleKeyComparer"/>).</summary>
        public int[] Key { get; }

        /// <summary>Creation order within the session; final tie-break only.</summary>
        public long Id { get; }
    }
}
