using System.Collections.Generic;
using NRules.Extensibility;
using NRules.RuleModel;

namespace Standards.Engine.Rete
{
    /// <summary>Records each rule firing of a session as NRules runs the rule's actions.</summary>
    internal sealed class FiringTrace : IActionInterceptor
    {
        private readonly List<RuleFiring> _firings = new List<RuleFiring>();

        public IReadOnlyList<RuleFiring> Firings => _firings;

        public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
        {
            foreach (var action in actions)
            {
                action.Invoke();
                var rule = context.Rule;
                var source = rule.Properties.TryGetProperty("source", out var property) ? (string)property.Value : string.Empty;
                _firings.Add(new RuleFiring(rule.Name, source, action.Trigger, action.Arguments.Count > 0 ? action.Arguments[action.Arguments.Count - 1] : null));
            }
        }
    }
}
