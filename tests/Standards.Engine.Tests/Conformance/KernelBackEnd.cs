using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Engine.Kernel;
using Standards.Engine.Rating;
using Standards.Rules.Binding;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>
    /// The compiled kernel, twice: the characteristic outcome it stores, and the standard range its ladder gives on
    /// the <see cref="ConformanceRulebook"/>. Its readings come from the explanation it builds on request.
    /// </summary>
    internal sealed class KernelBackEnd : IConditionBackEnd
    {
        public string Name => "compiled kernel";

        public (bool? Outcome, IReadOnlyList<EvidenceReading>? Readings) Evaluate(BoundExpr condition, string conditionText, PduEvidence evidence)
        {
            var kernel = RatingKernel.Compile(ConformanceRulebook.Load(conditionText));
            var rating = kernel.Rate(evidence);
            var range = rating.StandardRange(0);
            var byRange = ConformanceRulebook.OutcomeOf(range.Low.Id, range.High.Id, range.ToString());
            var outcomes = Enumerable.Range(0, kernel.Characteristics.Count).Select(rating.Outcome).Distinct().ToList();
            if (outcomes.Count != 1 || outcomes[0] != byRange)
            {
                throw new System.InvalidOperationException($"the kernel's outcomes ({string.Join(", ", outcomes)}) disagree with its range {range}");
            }

            return (byRange, kernel.Trace(0, evidence).Readings);
        }
    }
}
