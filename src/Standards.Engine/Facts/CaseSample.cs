using System.Collections.Generic;
using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>The inspected case sample: the share of cases judged sufficient, and the per-case records when supplied.</summary>
    public sealed class CaseSample
    {
        [FactMember(FactUnit.Count, Min = 0, Max = 100000, Description = "Number of cases inspected.")]
        public double? SampleSize { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Cases with sufficient management oversight.")]
        public double? OversightSufficientPercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Cases with the first touch point within three weeks of the start.")]
        public double? FirstTouchPointOnTimePercent { get; set; }

        [FactMember(Description = "P2.1 Assessment: share of cases sufficient on each key question.")]
        public CaseQualityPercents? Assessment { get; set; }

        [FactMember(Description = "P2.2 Planning: share of cases sufficient on each key question.")]
        public CaseQualityPercents? Planning { get; set; }

        [FactMember(Description = "P2.3 Implementation and delivery: share of cases sufficient on each key question.")]
        public CaseQualityPercents? Implementation { get; set; }

        [FactMember(Description = "P2.4 Reviewing: share of cases sufficient on each key question.")]
        public CaseQualityPercents? Reviewing { get; set; }

        [FactMember(Description = "Per-case judgements, when the sample is supplied case by case.")]
        public IReadOnlyList<CaseRecord>? Cases { get; set; }
    }
}
