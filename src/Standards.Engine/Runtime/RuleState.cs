using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Per-session matching state of one rule: an alpha memory per pattern (sequence numbers of
    /// accepted facts, in insertion order), the high-water marks up to which tuples were generated,
    /// the current collection snapshots, and the refraction set of fired tuple keys.
    /// </summary>
    internal sealed class RuleState
    {
        public RuleState(ProductionRule rule, int index)
        {
            Rule = rule;
            Index = index;
            var n = rule.Patterns.Count;
            Memories = new List<int>[n];
            Watermarks = new int[n];
            Snapshots = new IReadOnlyList<object>[n];
            SnapshotKeys = new int[n][];
            var singles = new List<int>();
            for (var p = 0; p < n; p++)
            {
                Memories[p] = new List<int>();
                SnapshotKeys[p] = [];
                if (!rule.Patterns[p].IsCollection)
                {
                    singles.Add(p);
                }
            }

            SinglePositions = singles.ToArray();
        }

        /// <summary>The rule.</summary>
        public ProductionRule Rule { get; }

        /// <summary>Declaration index of the rule (agenda tie-break).</summary>
        public int Index { get; }

        /// <summary>Per pattern: sequence numbers of the facts that passed its filter, ascending.</summary>
        public List<int>[] Memories { get; }

        /// <summary>Per single pattern: how many memory entries were already combined into tuples.</summary>
        public int[] Watermarks { get; }

        /// <summary>Per collection pattern: the current collected facts (null for single patterns until built).</summary>
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

        /// <summary>Keys of the tuples that already fired (refraction).</summary>
        public HashSet<int[]> Fired { get; } = new(TupleKeyComparer.Instance);
    }
}
