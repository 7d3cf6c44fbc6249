using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// Builds the overall rule: for a PDU's key, collect the standards' ratings of that PDU; once the
    /// collection is complete (NRules' collect also matches partial collections), bind the overall rating
    /// and insert it.
    /// </summary>
    internal static class OverallRuleDefinition
    {
        public const string ResultName = "overall";

        public static IRuleDefinition Build(OverallRulePlan plan, string source, int priority)
        {
            var builder = new RuleBuilder();
            builder.Name("overall");
            builder.Priority(priority);
            builder.Tag("overall");
            builder.Property("id", "overall");
            builder.Property("source", source);
            var lhs = builder.LeftHandSide();
            var key = RuleBindings.Read(lhs.Pattern(typeof(EvidenceKey), StandardRuleDefinition.KeyName));

            var collection = lhs.Pattern(typeof(IEnumerable<RatedStandard>), "ratings");
            var aggregate = collection.Aggregate();
            aggregate.Collect();
            var item = aggregate.Pattern(typeof(RatedStandard), "rated");
            var rated = RuleBindings.Read(item);
            item.Condition(Expression.Lambda(Expression.ReferenceEqual(Expression.Property(rated, nameof(RatedStandard.Key)), key), rated, key));
            var ratings = RuleBindings.Read(collection);
            var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), new[] { typeof(RatedStandard) }, ratings);
            collection.Condition(Expression.Lambda(Expression.Equal(count, Expression.Constant(plan.Standards)), ratings));

            var rate = Expression.Call(Expression.Constant(plan), nameof(OverallRulePlan.Rate), null, key, ratings);
            var overall = RuleBindings.Bind(lhs, ResultName, rate, new[] { key, ratings });
            LinkedResult.Add(builder.RightHandSide(), overall);
            return builder.Build();
        }
    }
}
