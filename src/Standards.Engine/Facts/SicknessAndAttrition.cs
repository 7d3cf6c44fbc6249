using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Sickness absence and leavers.</summary>
    public sealed class SicknessAndAttrition
    {
        [FactMember(FactUnit.Days, Min = 0, Max = 366, Description = "Average working days lost to sickness per FTE over 12 months.")]
        public double? DaysLostPerFte { get; set; }

        [FactMember(FactUnit.Days, Min = 0, Max = 366, Description = "Probation officers' average working days lost to sickness per FTE over 12 months.")]
        public double? PoDaysLostPerFte { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Staff who left in the last 12 months as a share of staff in post.")]
        public double? AttritionPercent { get; set; }
    }
}
