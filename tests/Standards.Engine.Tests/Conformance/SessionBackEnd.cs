using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>The rating session, on the <see cref="ConformanceRulebook"/>.</summary>
    internal sealed class SessionBackEnd : IConditionBackEnd
    {
        public string Name => "rating session";

        public (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence)
        {
            var rating = CompiledRulebook.Compile(ConformanceRulebook.Load(conditionText)).Rate(evidence).Standards.Single();
            var outcome = ConformanceRulebook.OutcomeOf(rating.Range.Low.Id, rating.Range.High.Id, rating.Range.ToString());
            return (outcome, rating.KeyQuestions.Single().Supports.First().Readings);
        }
    }
}
