using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>Pending activations in firing order (see <see cref="ActivationComparer"/>).</summary>
    internal sealed class Agenda
    {
        private readonly SortedSet<Activation> _activations = new(ActivationComparer.Instance);

        public int Count => _activations.Count;

        public void Add(Activation activation) => _activations.Add(activation);

        /// <summary>The next activation to fire, or null when the agenda is empty.</summary>
        public Activation? Peek() => _activations.Count == 0 ? null : _activations.Min;

        public void Remove(Activation activation) => _activations.Remove(activation);

        /// <summary>Drops every pending activation of a rule (its collection snapshot went stale).</summary>
        public void RemoveRule(RuleState rule) => _activations.RemoveWhere(a => ReferenceEquals(a.Rule, rule));
    }
}
