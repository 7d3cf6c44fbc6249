using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Staff in post against target for each grade.</summary>
    public sealed class Workforce
    {
        [FactMember(Description = "Probation officers.")]
        public GradeStaffing? Po { get; set; }

        [FactMember(Description = "Probation services officers.")]
        public GradeStaffing? Pso { get; set; }

        [FactMember(Description = "Senior probation officers.")]
        public GradeStaffing? Spo { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Trainee probation officers (PQiPs) as a share of the PO workforce.")]
        public double? TraineePercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Newly qualified officers as a share of the PO workforce.")]
        public double? NewlyQualifiedPercent { get; set; }
    }
}
