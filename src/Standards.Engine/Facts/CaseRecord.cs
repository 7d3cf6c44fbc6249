using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>One inspected case and the inspectors' judgements on it.</summary>
    public sealed class CaseRecord
    {
        [FactMember(Description = "The case reference.")]
        public string? CaseId { get; set; }

        [FactMember(Description = "Management oversight was sufficient.")]
        public bool? OversightSufficient { get; set; }

        [FactMember(Description = "The first touch point was within three weeks of the start.")]
        public bool? FirstTouchPointOnTime { get; set; }

        [FactMember(Description = "P2.1.1 assessment sufficiently engaging.")]
        public bool? AssessmentEngagement { get; set; }

        [FactMember(Description = "P2.1.2 assessment sufficiently focused on desistance.")]
        public bool? AssessmentDesistance { get; set; }

        [FactMember(Description = "P2.1.3 assessment sufficiently focused on keeping others safe.")]
        public bool? AssessmentSafety { get; set; }

        [FactMember(Description = "P2.2.1 planning sufficiently engaging.")]
        public bool? PlanningEngagement { get; set; }

        [FactMember(Description = "P2.2.2 planning sufficiently focused on desistance.")]
        public bool? PlanningDesistance { get; set; }

        [FactMember(Description = "P2.2.3 planning sufficiently focused on keeping others safe.")]
        public bool? PlanningSafety { get; set; }

        [FactMember(Description = "P2.3.1 delivery sufficiently engaging.")]
        public bool? ImplementationEngagement { get; set; }

        [FactMember(Description = "P2.3.2 delivery sufficiently focused on desistance.")]
        public bool? ImplementationDesistance { get; set; }

        [FactMember(Description = "P2.3.3 delivery sufficiently focused on keeping others safe.")]
        public bool? ImplementationSafety { get; set; }

        [FactMember(Description = "P2.4.1 reviewing sufficiently engaging.")]
        public bool? ReviewingEngagement { get; set; }

        [FactMember(Description = "P2.4.2 reviewing sufficiently focused on desistance.")]
        public bool? ReviewingDesistance { get; set; }

        [FactMember(Description = "P2.4.3 reviewing sufficiently focused on keeping others safe.")]
        public bool? ReviewingSafety { get; set; }
    }
}
