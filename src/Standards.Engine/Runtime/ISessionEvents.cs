using System;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// Observation hooks of a <see cref="Session"/>. Event arguments are only allocated when a handler
    /// is subscribed. Handlers run synchronously on the thread calling <see cref="Session.Insert(object)"/>
    /// or <see cref="Session.Fire(int)"/>.
    /// </summary>
    public interface ISessionEvents
    {
        /// <summary>
        /// A pattern filter (raised only for patterns that have one) or a join condition was evaluated.
        /// Each filter runs once per fact and pattern; each join once per candidate tuple.
        /// </summary>
        event EventHandler<ConditionEvaluatedEventArgs>? ConditionEvaluated;

        /// <summary>A rule is about to fire.</summary>
        event EventHandler<RuleFiringEventArgs>? RuleFiring;

        /// <summary>A rule's action completed.</summary>
        event EventHandler<RuleFiredEventArgs>? RuleFired;

        /// <summary>A fact was newly added to working memory (by the caller or by a rule action).</summary>
        event EventHandler<FactInsertedEventArgs>? FactInserted;
    }
}
