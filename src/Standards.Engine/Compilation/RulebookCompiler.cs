using System.Collections.Generic;
using NRules;
using NRules.RuleModel;
using Standards.Engine.Presentation;
using Standards.Engine.Rete;
using Standards.Rules.Binding;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Compiles the rule model into NRules rule definitions (one rule per standard, one overall rule) and
    /// those into a session factory with NRules' <see cref="RuleCompiler"/>.
    /// </summary>
    internal static class RulebookCompiler
    {
        public const int StandardPriority = 200;
        public const int OverallPriority = 100;

        /// <summary>The NRules rule definitions of <paramref name="rulebook"/>.</summary>
        public static IReadOnlyList<IRuleDefinition> Rules(BoundRulebook rulebook)
        {
            var rules = new List<IRuleDefinition>();
            foreach (var standard in rulebook.Standards)
            {
                rules.Add(StandardRuleDefinition.Build(new StandardRulePlan(standard, rulebook.Manifest), StandardPriority));
            }

            rules.Add(OverallRuleDefinition.Build(new OverallRulePlan(rulebook.Manifest, rulebook.Standards.Count), SourceText.Of(rulebook.Manifest.Span), OverallPriority));
            return rules;
        }

        /// <summary>
        /// Compiles rule definitions into a session factory. The null-safe evidence access compiles to block
        /// expressions, which NRules' expression comparer cannot compare, so those are treated as unequal (never shared).
        /// </summary>
        public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules) =>
            new RuleCompiler(new RuleCompilerOptions { UnsupportedExpressionHandling = RuleCompilerUnsupportedExpressionsHandling.TreatAsNotEqual }).Compile(rules);
    }
}
