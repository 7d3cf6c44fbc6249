using System.Collections.Generic;
using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Workload measurement tool (WMT) results and caseloads.</summary>
    public sealed class Workload
    {
        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Practitioners whose WMT was over 110% for four weeks or more.")]
        public double? PractitionersOverWmtPercent { get; set; }

        [FactMember(FactUnit.Number, Min = 0, Max = 500, Description = "Mean caseload per practitioner.")]
        public double? MeanCaseload { get; set; }

        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Practitioners with a caseload above 50.")]
        public double? PractitionersOverCaseload50Percent { get; set; }

        [FactMember(Description = "Per-practitioner workload, when supplied.")]
        public IReadOnlyList<PractitionerWorkload>? Practitioners { get; set; }
    }
}
