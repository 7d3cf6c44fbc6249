using System.Collections.Generic;
using Standards.Rules.Facts;

namespace Standards.Engine.Evidence
{
    /// <summary>
    /// Which case-sample percentage each per-case judgement column gives: the share of judged cases marked yes.
    /// Keys are case fields (CSV columns); values are paths below <c>case_sample</c>.
    /// </summary>
    internal static class CaseSampleColumns
    {
        /// <summary>The contract of one case: the columns a case-sample CSV may have.</summary>
        public static FactType CaseType { get; } = EvidenceSchema.Instance.Root.Find("case_sample")!.ElementType!.Find("cases")!.ElementType!;

        public static IReadOnlyDictionary<string, string> PercentFor { get; } = new Dictionary<string, string>
        {
            ["oversight_sufficient"] = "oversight_sufficient_percent",
            ["first_touch_point_on_time"] = "first_touch_point_on_time_percent",
            ["assessment_engagement"] = "assessment.engagement",
            ["assessment_desistance"] = "assessment.desistance",
            ["assessment_safety"] = "assessment.safety",
            ["planning_engagement"] = "planning.engagement",
            ["planning_desistance"] = "planning.desistance",
            ["planning_safety"] = "planning.safety",
            ["implementation_engagement"] = "implementation.engagement",
            ["implementation_desistance"] = "implementation.desistance",
            ["implementation_safety"] = "implementation.safety",
            ["reviewing_engagement"] = "reviewing.engagement",
            ["reviewing_desistance"] = "reviewing.desistance",
            ["reviewing_safety"] = "reviewing.safety",
        };
    }
}
