using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// The pending activations of one rule, kept sorted by <see cref="ActivationComparer"/> (tuple key,
    /// then creation order). Only the first can be taken, and a rule's activations can be dropped at once,
    /// so a list with a moving head suffices; appends in key order, the usual case, cost O(1).
    /// </summary>
    internal sealed class PendingActivations
    {
        private readonly List<Activation> _items = new();
        private int _head;

        /// <summary>How many activations are pending.</summary>
        public int Count => _items.Count - _head;

        /// <summary>The first pending activation; only valid when <see cref="Count"/> is positive.</summary>
        public Activation First => _items[_head];

        /// <summary>Adds an activation in order.</summary>
        public void Add(Activation activation)
        {
            var comparer = ActivationComparer.Instance;
            var hi = _items.Count;
            if (hi == _head || comparer.Compare(_items[hi - 1], activation) < 0)
            {
                _items.Add(activation);
                return;
            }

            var lo = _head;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) >> 1);
                if (comparer.Compare(_items[mid], activation) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            _items.Insert(lo, activation);
        }

        /// <summary>Removes the first pending activation.</summary>
        public void RemoveFirst()
        {
            _items[_head++] = null!;
            if (_head == _items.Count)
            {
                Clear();
            }
        }

        /// <summary>Drops every pending activation.</summary>
        public void Clear()
        {
            _items.Clear();
            _head = 0;
        }
    }
}
