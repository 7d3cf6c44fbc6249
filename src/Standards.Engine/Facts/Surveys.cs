using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Staff and SPO survey results: the share agreeing with each statement.</summary>
    public sealed class Surveys
    {
        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Staff who say their workload is manageable.")]
        public double? StaffWorkloadManageablePercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Staff who say supervision helps them improve their practice.")]
        public double? StaffSupervisionHelpfulPercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "SPOs who say they have time to deliver management oversight.")]
        public double? SpoTimeForOversightPercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "SPOs who received an induction into the role.")]
        public double? SpoInductionPercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "SPOs who say oversight policies meet the needs of the caseload.")]
        public double? SpoPoliciesMeetNeedsPercent { get; set; }
    }
}
