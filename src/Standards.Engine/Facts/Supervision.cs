using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Reflective practice supervision sessions (RPSS). The standard is four RPSS a year per practitioner.</summary>
    public sealed class Supervision
    {
        [FactMember(FactUnit.Number, Min = 0, Max = 52, Description = "Mean reflective practice supervision sessions per practitioner in the last 12 months.")]
        public double? RpssPerPractitionerPerYear { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Practitioners who had at least one RPSS in the last 12 months.")]
        public double? PractitionersWithRpssPercent { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Practitioners with regular one-to-one supervision.")]
        public double? RegularSupervisionPercent { get; set; }
    }
}
