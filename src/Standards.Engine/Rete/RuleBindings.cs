using System.Collections.Generic;
using System.Linq.Expressions;
using NRules.RuleModel.Builders;

namespace Standards.Engine.Rete
{
    /// <summary>Declares bindings (NRules' form of <c>let</c>) on a rule's left-hand side.</summary>
    internal static class RuleBindings
    {
        /// <summary>
        /// Binds <paramref name="name"/> to <paramref name="body"/>, which reads the earlier declarations
        /// <paramref name="inputs"/>. NRules evaluates it in the network and reports it through
        /// <c>LhsExpressionEvaluatedEvent</c>. Returns a parameter that later expressions use to read it.
        /// </summary>
        public static ParameterExpression Bind(GroupBuilder lhs, string name, Expression body, IEnumerable<ParameterExpression> inputs)
        {
            var pattern = lhs.Pattern(body.Type, name);
            pattern.Binding().BindingExpression(Expression.Lambda(body, inputs));
            return Expression.Parameter(body.Type, name);
        }

        /// <summary>A parameter that reads the declaration of <paramref name="pattern"/> in later expressions.</summary>
        public static ParameterExpression Read(PatternBuilder pattern) => Expression.Parameter(pattern.Declaration.Type, pattern.Declaration.Name);
    }
}
