using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Agenda order: priority descending, then rule declaration order, then the insertion order of the
    /// tuple's facts (lexicographic), then creation order. Total and independent of hashing.
    /// <see cref="Agenda"/> realises the first two levels by ranking rules once; this comparer orders
    /// the activations of one rule (<see cref="PendingActivations"/>).
    /// </summary>
    internal sealed class ActivationComparer : IComparer<Activation>
    {
        public static readonly ActivationComparer Instance = new();

        public int Compare(Activation? x, Activation? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var c = y.Rule.Rule.Priority.CompareTo(x.Rule.Rule.Priority);
            if (c != 0)
            {
                return c;
            }

            c = x.Rule.Index.CompareTo(y.Rule.Index);
            if (c != 0)
            {
                return c;
            }

            c = TupleKeyComparer.Instance.Compare(x.Key, y.Key);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }
}
