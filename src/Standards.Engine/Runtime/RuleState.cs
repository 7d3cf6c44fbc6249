using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Per-session matching state of one rule: an alpha memory per pattern (sequence numbers of
    /// accepted facts, in insertion order), the high-water marks up to which tuples were generated,
    /// the current collection snapshots, the pending activations, and access to the session's refraction set of
    /// fired tuple keys. Parts a rule may never need are allocated on first use.
    /// </summary>
    internal sealed class RuleState
    {
        private readonly HashSet<(int Rule, int[] Key)> _fired;
        private PendingActivations? _pending;

        /// <param name="rule">The rule.</param>
        /// <param name="index">Declaration index of the rule.</param>
        /// <param name="singlePositions">Indices of the rule's single patterns (shared, not modified).</param>
        /// <param name="fired">The session's refraction set, shared by all rules.</param>
        public RuleState(ProductionRule rule, int index, int[] singlePositions, HashSet<(int Rule, int[] Key)> fired)
        {
            _fired = fired;
            Rule = rule;
            Index = index;
            var n = rule.Patterns.Count;
            Memories = new List<int>[n];
            for (var p = 0; p < n; p++)
            {
                Memories[p] = new List<int>();
            }

            Watermarks = new int[n];
            SinglePositions = singlePositions;
            if (singlePositions.Length == n)
            {
                Snapshots = [];
                SnapshotKeys = [];
            }
            else
            {
                Snapshots = new IReadOnlyList<object>[n];
                SnapshotKeys = new int[n][];
                Array.Fill(SnapshotKeys, []);
            }
        }

        /// <summary>The rule.</summary>
        public ProductionRule Rule { get; }

        /// <summary>Declaration index of the rule (agenda tie-break).</summary>
        public int Index { get; }

        /// <summary>Per pattern: sequence numbers of the facts that passed its filter, ascending.</summary>
        public List<int>[] Memories { get; }

        /// <summary>Per single pattern: how many memory entries were already combined into tuples.</summary>
        public int[] Watermarks { get; }

        /// <summary>Per collection pattern: the current collected facts (empty when the rule has no collection pattern).</summary>
        public IReadOnlyList<object>?[] Snapshots { get; }

        /// <summary>Per collection pattern: the key segment of the snapshot (<c>-(count+1)</c>, then sequence numbers).</summary>
        public int[][] SnapshotKeys { get; }

        /// <summary>Indices of the single (non-collection) patterns.</summary>
        public int[] SinglePositions { get; }

        /// <summary>Tuples have been generated at least once.</summary>
        public bool Initialized { get; set; }

        /// <summary>A memory grew since tuples were last generated.</summary>
        public bool Dirty { get; set; }

        /// <summary>A collection memory grew since tuples were last generated.</summary>
        public bool CollectionChanged { get; set; }

        /// <summary>The rule's pending activations on the agenda.</summary>
        public PendingActivations Pending => _pending ??= new PendingActivations();

        /// <summary>How many activations of the rule are pending.</summary>
        public int PendingCount => _pending?.Count ?? 0;

        /// <summary>Whether the tuple with this key already fired (refraction).</summary>
        public bool HasFired(int[] key) => _fired.Contains((Index, key));

        /// <summary>Records that the tuple with this key fired.</summary>
        public void MarkFired(int[] key) => _fired.Add((Index, key));
    }
}
