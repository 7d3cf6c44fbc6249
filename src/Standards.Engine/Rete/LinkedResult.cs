using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// The right-hand side of every rule: it only inserts the result the left-hand side bound, as a fact
    /// linked to the activation, and updates it when the match changes. NRules retracts a linked fact when its
    /// activation goes away, so the chain stays true as evidence is updated.
    /// </summary>
    internal static class LinkedResult
    {
        private const string LinkKey = "result";

        /// <summary>Adds the insert (on activation) and update (on reactivation) of the bound <paramref name="result"/>.</summary>
        public static void Add(ActionGroupBuilder rhs, ParameterExpression result)
        {
            rhs.Action(Action(nameof(IContext.InsertLinked), result), ActionTrigger.Activated);
            rhs.Action(Action(nameof(IContext.UpdateLinked), result), ActionTrigger.Reactivated);
        }

        private static LambdaExpression Action(string method, ParameterExpression result)
        {
            var context = Expression.Parameter(typeof(IContext), "context");
            var fact = Expression.Parameter(result.Type, result.Name);
            var call = Expression.Call(context, typeof(IContext).GetMethod(method, new[] { typeof(object), typeof(object) })!,
                Expression.Constant(LinkKey, typeof(object)), Expression.Convert(fact, typeof(object)));
            return Expression.Lambda(call, context, fact);
        }
    }
}
