using System;

namespace Standards.Engine.Runtime
{
    /// <summary>
    /// A rule's filter, join condition or action threw. The original exception is the
    /// <see cref="Exception.InnerException"/>. The session should be discarded afterwards.
    /// </summary>
    public sealed class RuleExecutionException : Exception
    {
        internal RuleExecutionException(ProductionRule rule, string phase, Exception inner)
            : base(FormatMessage(rule, phase, inner), inner)
        {
            RuleId = rule.Id;
            RuleSource = rule.Source;
            Phase = phase;
        }

        /// <summary>The id of the failing rule.</summary>
        public string RuleId { get; }

        /// <summary>The provenance of the failing rule, if known.</summary>
        public string? RuleSource { get; }

        /// <summary>What was running: e.g. <c>filter of pattern 0</c>, <c>join condition</c> or <c>action</c>.</summary>
        public string Phase { get; }

        private static string FormatMessage(ProductionRule rule, string phase, Exception inner) =>
            $"Rule '{rule.Id}' (source: {rule.Source ?? "unknown"}) threw in its {phase}: "
            + $"{inner.GetType().Name}: {inner.Message}";
    }
}
