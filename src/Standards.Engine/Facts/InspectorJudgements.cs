using System.Collections.Generic;
using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Inspectors' judgements on prompts, recorded during fieldwork.</summary>
    public sealed class InspectorJudgements
    {
        [FactMember(Description = "P1.2.3 a) An effective induction programme is delivered to new staff.")]
        public bool? InductionEffective { get; set; }

        [FactMember(Description = "P1.2.3 b) Staff receive effective case-focused supervision.")]
        public bool? CaseSupervisionEffective { get; set; }

        [FactMember(Description = "P1.2.3 c) Management oversight arrangements are effective.")]
        public bool? OversightArrangementsEffective { get; set; }

        [FactMember(Description = "P1.2.3 d) The appraisal process is used effectively.")]
        public bool? AppraisalEffective { get; set; }

        [FactMember(Description = "P1.2.3 e) The learning needs of staff are identified and met.")]
        public bool? LearningNeedsMet { get; set; }

        [FactMember(Description = "P1.2.3 f) Poor staff performance is identified and addressed.")]
        public bool? PoorPerformanceAddressed { get; set; }

        [FactMember(Description = "P1.2.3 g) A culture of learning and continuous improvement is promoted.")]
        public bool? LearningCulturePromoted { get; set; }

        [FactMember(Description = "There is evidence of reflective practice.")]
        public bool? ReflectivePracticeEvident { get; set; }

        [FactMember(Description = "Inspectors found low staff morale.")]
        public bool? LowStaffMorale { get; set; }

        [FactMember(Description = "Inspectors found a divisive culture among staff.")]
        public bool? DivisiveCulture { get; set; }

        [FactMember(Description = "Judgements on other prompts, keyed by prompt (for example P1.1.1a).")]
        public IReadOnlyList<PromptJudgement>? Prompts { get; set; }
    }
}
