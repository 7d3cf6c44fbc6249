using System;

namespace Standards.Engine.Runtime
{
    /// <summary>A fact was added to working memory.</summary>
    public sealed class FactInsertedEventArgs : EventArgs
    {
        internal FactInsertedEventArgs(object fact, string? byRuleId)
        {
            Fact = fact;
            ByRuleId = byRuleId;
        }

        /// <summary>The fact.</summary>
        public object Fact { get; }

        /// <summary>The id of the rule whose action inserted the fact, or <see langword="null"/> for a caller insert.</summary>
        public string? ByRuleId { get; }
    }
}
