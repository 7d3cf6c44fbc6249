using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Incremental matcher of one session. New facts are first run through the alpha step (type index,
    /// then pattern filters, each once per fact and pattern); dirty rules then generate only the tuples
    /// they have not generated before, evaluate the join on each, and put survivors on the agenda.
    /// </summary>
    internal sealed class Matcher
    {
        private readonly Session _session;
        private readonly SessionFactory _factory;
        private readonly List<object> _facts;
        private readonly Agenda _agenda;
        private readonly RuleState[] _rules;
        private int _processed;
        private bool _anyDirty = true;
        private long _nextActivationId;
        private readonly int[] _lo;
        private readonly int[] _hi;
        private readonly int[] _cursor;
        private Type? _lastType;
        private PatternRef[] _lastPatterns = [];

        public Matcher(Session session, SessionFactory factory, List<object> facts, Agenda agenda)
        {
            _session = session;
            _factory = factory;
            _facts = facts;
            _agenda = agenda;
            _rules = new RuleState[factory.Rules.Count];
            var fired = new HashSet<(int Rule, int[] Key)>(FiredKeyComparer.Instance);
            for (var i = 0; i < _rules.Length; i++)
            {
                _rules[i] = new RuleState(factory.Rules[i], i, factory.SinglePositions[i], fired);
            }

            _lo = new int[factory.MaxPatterns];
            _hi = new int[factory.MaxPatterns];
            _cursor = new int[factory.MaxPatterns];
        }

        /// <summary>Per-rule session state, indexed by declaration order.</summary>
        public IReadOnlyList<RuleState> Rules => _rules;

        /// <summary>Brings the agenda up to date with working memory.</summary>
        public void Propagate()
        {
            while (_processed < _facts.Count)
            {
                var seq = _processed++;
                Alpha(seq);
            }

            if (!_anyDirty)
            {
                return;
            }

            _anyDirty = false;
            foreach (var rule in _rules)
            {
                if (!rule.Initialized || rule.Dirty)
                {
                    Generate(rule);
                }
            }
        }

        private void Alpha(int seq)
        {
            var fact = _facts[seq];
            var type = fact.GetType();
            if (type != _lastType)
            {
                _lastPatterns = _factory.PatternsFor(type);
                _lastType = type;
            }

            foreach (var pr in _lastPatterns)
            {
                var state = _rules[pr.RuleIndex];
                var pattern = state.Rule.Patterns[pr.PatternIndex];
                if (pattern.Filter is { } filter)
                {
                    bool accepted;
                    try
                    {
                        accepted = filter(fact);
                    }
                    catch (Exception ex)
                    {
                        throw new RuleExecutionException(state.Rule, $"filter of pattern {pr.PatternIndex}", ex);
                    }

                    _session.OnConditionEvaluated(state.Rule, pr.PatternIndex, fact, accepted);
                    if (!accepted)
                    {
                        continue;
                    }
                }

                state.Memories[pr.PatternIndex].Add(seq);
                state.Dirty = true;
                state.CollectionChanged |= pattern.IsCollection;
                _anyDirty = true;
            }
        }

        private void Generate(RuleState state)
        {
            var singles = state.SinglePositions;
            var full = !state.Initialized || state.CollectionChanged;
            if (full)
            {
                // Every pending tuple of this rule holds the old collection: it is superseded.
                _agenda.RemoveRule(state);
                RefreshSnapshots(state);
            }

            var lo = _lo;
            var hi = _hi;
            if (full)
            {
                foreach (var p in singles)
                {
                    lo[p] = 0;
                    hi[p] = state.Memories[p].Count;
                }

                Enumerate(state, lo, hi);
            }
            else
            {
                // New tuples, partitioned by the first single position holding a new fact:
                // earlier positions range over old facts, later ones over all facts.
                for (var k = 0; k < singles.Length; k++)
                {
                    var pk = singles[k];
                    if (state.Memories[pk].Count == state.Watermarks[pk])
                    {
                        continue;
                    }

                    for (var j = 0; j < singles.Length; j++)
                    {
                        var p = singles[j];
                        lo[p] = j == k ? state.Watermarks[p] : 0;
                        hi[p] = j < k ? state.Watermarks[p] : state.Memories[p].Count;
                    }

                    Enumerate(state, lo, hi);
                }
            }

            foreach (var p in singles)
            {
                state.Watermarks[p] = state.Memories[p].Count;
            }

            state.Initialized = true;
            state.Dirty = false;
            state.CollectionChanged = false;
        }

        private void RefreshSnapshots(RuleState state)
        {
            var patterns = state.Rule.Patterns;
            for (var p = 0; p < patterns.Count; p++)
            {
                if (!patterns[p].IsCollection)
                {
                    continue;
                }

                var memory = state.Memories[p];
                var items = new object[memory.Count];
                var key = new int[memory.Count + 1];
                key[0] = -(memory.Count + 1);
                for (var i = 0; i < memory.Count; i++)
                {
                    items[i] = _facts[memory[i]];
                    key[i + 1] = memory[i];
                }

                state.Snapshots[p] = Array.AsReadOnly(items);
                state.SnapshotKeys[p] = key;
            }
        }

        /// <summary>Emits the cartesian product of the single positions' [lo, hi) ranges.</summary>
        private void Enumerate(RuleState state, int[] lo, int[] hi)
        {
            var singles = state.SinglePositions;
            foreach (var p in singles)
            {
                if (lo[p] >= hi[p])
                {
                    return;
                }
            }

            var index = _cursor;
            foreach (var p in singles)
            {
                index[p] = lo[p];
            }
            while (true)
            {
                Emit(state, index);
                var k = singles.Length - 1;
                for (; k >= 0; k--)
                {
                    var p = singles[k];
                    if (++index[p] < hi[p])
                    {
                        break;
                    }

                    index[p] = lo[p];
                }

                if (k < 0)
                {
                    return;
                }
            }
        }

        private void Emit(RuleState state, int[] index)
        {
            var rule = state.Rule;
            var n = rule.Patterns.Count;
            var keyLength = state.SinglePositions.Length;
            for (var p = 0; p < n; p++)
            {
                if (rule.Patterns[p].IsCollection)
                {
                    keyLength += state.SnapshotKeys[p].Length;
                }
            }

            var elements = new object[n];
            var key = new int[keyLength];
            var at = 0;
            for (var p = 0; p < n; p++)
            {
                if (rule.Patterns[p].IsCollection)
                {
                    elements[p] = state.Snapshots[p]!;
                    state.SnapshotKeys[p].CopyTo(key, at);
                    at += state.SnapshotKeys[p].Length;
                }
                else
                {
                    var seq = state.Memories[p][index[p]];
                    elements[p] = _facts[seq];
                    key[at++] = seq;
                }
            }

            if (state.HasFired(key))
            {
                return;
            }

            var tuple = Array.AsReadOnly(elements);
            if (rule.Join is { } join)
            {
                bool accepted;
                try
                {
                    accepted = join(tuple);
                }
                catch (Exception ex)
                {
                    throw new RuleExecutionException(rule, "join condition", ex);
                }

                _session.OnConditionEvaluated(rule, ConditionEvaluatedEventArgs.JoinConditionIndex, tuple, accepted);
                if (!accepted)
                {
                    return;
                }
            }

            _agenda.Add(new Activation(state, tuple, key, _nextActivationId++));
        }
    }
}
