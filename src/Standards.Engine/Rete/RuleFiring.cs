using NRules.RuleModel;

namespace Standards.Engine.Rete
{
    /// <summary>One firing of an NRules rule in a rating session: which rule, from which YAML line, and why it fired.</summary>
    public sealed class RuleFiring
    {
        /// <summary>Creates the record.</summary>
        public RuleFiring(string rule, string source, ActionTrigger trigger, object? result)
        {
            Rule = rule;
            Source = source;
            Trigger = trigger;
            Result = result;
        }

        /// <summary>The rule's name, such as <c>standard P1.2</c> or <c>overall</c>.</summary>
        public string Rule { get; }

        /// <summary>The rule's YAML <c>file:line</c>.</summary>
        public string Source { get; }

        /// <summary><see cref="ActionTrigger.Activated"/> for a first match, <see cref="ActionTrigger.Reactivated"/> after evidence it reads was updated.</summary>
        public ActionTrigger Trigger { get; }

        /// <summary>The fact the firing inserted or updated: a <see cref="RatedStandard"/> or a <see cref="RatedPdu"/>.</summary>
        public object? Result { get; }
    }
}
