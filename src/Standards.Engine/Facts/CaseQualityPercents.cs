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

        [FactMember(FactUnit.Count, Min = 0, Max = 100000, Description = "Cases judged on engagement, when it differs from the whole sample (published tables give each key question its own n).")]
        public double? EngagementSampleSize { get; set; }

        [FactMember(FactUnit.Count, Min = 0, Max = 100000, Description = "Cases judged on desistance, when it differs from the whole sample.")]
        public double? DesistanceSampleSize { get; set; }

        [FactMember(FactUnit.Count, Min = 0, Max = 100000, Description = "Cases judged on keeping other people safe, when it differs from the whole sample.")]
        public double? SafetySampleSize { get; set; }
    }
}
