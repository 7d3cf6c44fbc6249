using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// A working memory plus agenda over a compiled rule set. Not thread-safe; create one per evaluation
    /// with <see cref="SessionFactory.CreateSession"/>. Facts are identified by reference.
    /// </summary>
    /// <remarks>
    /// Each distinct activation (rule + tuple of fact instances, or for a collection the same sequence of
    /// collected instances) fires at most once per session, across all <see cref="Fire(int)"/> calls.
    /// After a <see cref="RuleExecutionException"/> or <see cref="FiringBudgetExceededException"/> the
    /// session should be discarded.
    /// </remarks>
    public sealed class Session : ISessionEvents
    {
        /// <summary>The default firing budget of <see cref="Fire(int)"/>.</summary>
        public const int DefaultMaxFirings = 10_000;

        private readonly List<object> _facts = new();
        private readonly HashSet<object> _known = new(ReferenceEqualityComparer.Instance);
        private readonly Agenda _agenda;
        private readonly Matcher _matcher;
        private bool _firing;

        internal Session(SessionFactory factory)
        {
            Factory = factory;
            _agenda = new Agenda(factory.RankOf);
            _matcher = new Matcher(this, factory, _facts, _agenda);
        }

        /// <inheritdoc />
        public event EventHandler<ConditionEvaluatedEventArgs>? ConditionEvaluated;

        /// <inheritdoc />
        public event EventHandler<RuleFiringEventArgs>? RuleFiring;

        /// <inheritdoc />
        public event EventHandler<RuleFiredEventArgs>? RuleFired;

        /// <inheritdoc />
        public event EventHandler<FactInsertedEventArgs>? FactInserted;

        /// <summary>The factory this session was created from.</summary>
        public SessionFactory Factory { get; }

        /// <summary>How many facts working memory holds (caller-inserted and derived).</summary>
        public int FactCount => _facts.Count;

        /// <summary>Adds a fact to working memory. Rules see it on the next <see cref="Fire(int)"/>.</summary>
        /// <param name="fact">The fact.</param>
        /// <returns><see langword="false"/> when this very instance is already in working memory (no-op).</returns>
        public bool Insert(object fact) => InsertCore(fact, byRuleId: null);

        /// <summary>Adds facts to working memory, in order.</summary>
        /// <param name="facts">The facts.</param>
        /// <returns>How many were newly added.</returns>
        public int InsertAll(IEnumerable<object> facts)
        {
            ArgumentNullException.ThrowIfNull(facts);
            var added = 0;
            foreach (var fact in facts)
            {
                if (InsertCore(fact, byRuleId: null))
                {
                    added++;
                }
            }

            return added;
        }

        /// <summary>
        /// Fires activations, highest priority first, until none is left (a fixed point).
        /// </summary>
        /// <param name="maxFirings">The firing budget of this call (must be positive).</param>
        /// <returns>How many activations fired.</returns>
        /// <exception cref="FiringBudgetExceededException">An activation is still pending after <paramref name="maxFirings"/> firings.</exception>
        /// <exception cref="RuleExecutionException">A filter, join condition or action threw.</exception>
        /// <exception cref="InvalidOperationException">Called re-entrantly from an event handler.</exception>
        public FireResult Fire(int maxFirings = DefaultMaxFirings)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFirings);
            if (_firing)
            {
                throw new InvalidOperationException("Session.Fire cannot be called while the session is firing.");
            }

            _firing = true;
            try
            {
                var fired = 0;
                var counts = new int[_matcher.Rules.Count];
                while (true)
                {
                    _matcher.Propagate();
                    var next = _agenda.Peek();
                    if (next is null)
                    {
                        return new FireResult(fired);
                    }

                    if (fired == maxFirings)
                    {
                        throw FiringBudgetExceededException.Create(maxFirings, Factory.Rules, counts);
                    }

                    _agenda.RemoveNext();
                    next.Rule.MarkFired(next.Key);
                    FireActivation(next);
                    fired++;
                    counts[next.Rule.Index]++;
                }
            }
            finally
            {
                _firing = false;
            }
        }

        /// <summary>The facts assignable to <typeparamref name="T"/>, in insertion order (derived facts included).</summary>
        /// <typeparam name="T">The fact type.</typeparam>
        /// <returns>A snapshot list.</returns>
        public IReadOnlyList<T> Query<T>()
        {
            var result = new List<T>();
            foreach (var fact in _facts)
            {
                if (fact is T typed)
                {
                    result.Add(typed);
                }
            }

            return result;
        }

        internal bool InsertCore(object fact, string? byRuleId)
        {
            ArgumentNullException.ThrowIfNull(fact);
            if (!_known.Add(fact))
            {
                return false;
            }

            _facts.Add(fact);
            var handler = FactInserted;
            handler?.Invoke(this, new FactInsertedEventArgs(fact, byRuleId));
            return true;
        }

        internal void OnConditionEvaluated(ProductionRule rule, int patternIndex, object fact, bool result)
        {
            var handler = ConditionEvaluated;
            handler?.Invoke(this, new ConditionEvaluatedEventArgs(rule, patternIndex, fact, result));
        }

        private void FireActivation(Activation activation)
        {
            var rule = activation.Rule.Rule;
            var firing = RuleFiring;
            firing?.Invoke(this, new RuleFiringEventArgs(rule, activation.Tuple));
            var context = new ActionContext(this, rule);
            IReadOnlyList<object> inserted;
            try
            {
                rule.Action(context, activation.Tuple);
            }
            catch (Exception ex)
            {
                throw new RuleExecutionException(rule, "action", ex);
            }
            finally
            {
                inserted = context.Complete();
            }

            var fired = RuleFired;
            fired?.Invoke(this, new RuleFiredEventArgs(rule, activation.Tuple, inserted));
        }
    }
}
