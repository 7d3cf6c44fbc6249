using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>For one domain-two standard, the share of sampled cases judged sufficient on each of its key questions.</summary>
    public sealed class CaseQualityPercents
    {
        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Sufficiently focused on engaging the person on probation.")]
        public double? Engagement { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Sufficiently focused on the factors linked to desistance.")]
        public double? Desistance { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Sufficiently focused on keeping other people safe.")]
        public double? Safety { get; set; }
    }
}
