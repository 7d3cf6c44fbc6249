using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>One practitioner's workload.</summary>
    public sealed class PractitionerWorkload
    {
        [FactMember(Allowed = "PO|PSO|PQiP", Description = "The practitioner's grade.")]
        public string? Grade { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 400, Description = "Workload measurement tool percentage.")]
        public double? WmtPercent { get; set; }

        [FactMember(FactUnit.Count, Min = 0, Max = 500, Description = "Number of cases held.")]
        public double? Caseload { get; set; }
    }
}
