using System.Numerics;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Pending activations in firing order (see <see cref="ActivationComparer"/>). Activations are held
    /// per rule (<see cref="RuleState.Pending"/>); the rules are ranked once by priority then declaration
    /// order, and a bit set of ranks with pending activations finds the next rule to fire.
    /// </summary>
    internal sealed class Agenda
    {
        private readonly int[] _rankOf;
        private readonly RuleState?[] _byRank;
        private readonly ulong[] _pending;

        /// <param name="rankOf">Per rule declaration index: its position in firing order (priority descending, then index).</param>
        public Agenda(int[] rankOf)
        {
            _rankOf = rankOf;
            _byRank = new RuleState?[rankOf.Length];
            _pending = new ulong[(rankOf.Length + 63) >> 6];
        }

        public void Add(Activation activation)
        {
            var rule = activation.Rule;
            rule.Pending.Add(activation);
            var rank = _rankOf[rule.Index];
            _byRank[rank] = rule;
            _pending[rank >> 6] |= 1UL << (rank & 63);
        }

        /// <summary>The next activation to fire, or null when the agenda is empty.</summary>
        public Activation? Peek()
        {
            for (var w = 0; w < _pending.Length; w++)
            {
                if (_pending[w] != 0)
                {
                    var rank = (w << 6) + BitOperations.TrailingZeroCount(_pending[w]);
                    return _byRank[rank]!.Pending.First;
                }
            }

            return null;
        }

        /// <summary>Removes the activation <see cref="Peek"/> returned.</summary>
        public void RemoveNext()
        {
            var next = Peek();
            if (next is null)
            {
                return;
            }

            var rule = next.Rule;
            rule.Pending.RemoveFirst();
            if (rule.Pending.Count == 0)
            {
                Unmark(rule);
            }
        }

        /// <summary>Drops every pending activation of a rule (its collection snapshot went stale).</summary>
        public void RemoveRule(RuleState rule)
        {
            if (rule.PendingCount != 0)
            {
                rule.Pending.Clear();
                Unmark(rule);
            }
        }

        private void Unmark(RuleState rule)
        {
            var rank = _rankOf[rule.Index];
            _pending[rank >> 6] &= ~(1UL << (rank & 63));
        }
    }
}
