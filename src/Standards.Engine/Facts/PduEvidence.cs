using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>The aggregated evidence for one Probation Delivery Unit: the top level of an evidence file.</summary>
    [EvidenceRoot]
    public sealed class PduEvidence
    {
        [FactMember(Description = "Which PDU and when it was inspected.")]
        public PduIdentity? Pdu { get; set; }

        [FactMember(Description = "PO, PSO and SPO staffing against target.")]
        public Workforce? Workforce { get; set; }

        [FactMember(Description = "SPO spans of control.")]
        public SpansOfControl? Spans { get; set; }

        [FactMember(Description = "Workload measurement and caseloads.")]
        public Workload? Workload { get; set; }

        [FactMember(Description = "Sickness absence and staff attrition.")]
        public SicknessAndAttrition? Sickness { get; set; }

        [FactMember(Description = "Staff and SPO survey results.")]
        public Surveys? Surveys { get; set; }

        [FactMember(Description = "The inspected case sample.")]
        public CaseSample? CaseSample { get; set; }

        [FactMember(Description = "Reflective practice supervision and touch points.")]
        public Supervision? Supervision { get; set; }

        [FactMember(Description = "Inspectors' judgements on prompts.")]
        public InspectorJudgements? Judgements { get; set; }
    }
}
