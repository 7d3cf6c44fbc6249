using System;
using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Staff of one grade in post against target, in FTE and headcount.</summary>
    public sealed class GradeStaffing
    {
        [FactMember(FactUnit.Fte, Min = 0, Max = 10000, Description = "Target staffing in full-time equivalents.")]
        public double? TargetFte { get; set; }

        [FactMember(FactUnit.Fte, Min = 0, Max = 10000, Description = "Staff in post in full-time equivalents.")]
        public double? InPostFte { get; set; }

        [FactMember(FactUnit.Count, Min = 0, Max = 10000, Description = "Target headcount.")]
        public double? TargetHeadcount { get; set; }

        [FactMember(FactUnit.Count, Min = 0, Max = 10000, Description = "Headcount in post.")]
        public double? InPostHeadcount { get; set; }

        [FactMember(Description = "A note explaining unusual figures, such as in-post staff well above target.")]
        public string? Note { get; set; }

        /// <summary>Vacancies as a share of target FTE; unknown when either figure is missing. Over-establishment gives 0%.</summary>
        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "Vacant FTE as a share of target FTE (derived).")]
        public double? VacancyRate => TargetFte is double target && InPostFte is double inPost && target > 0
            ? Math.Max(0, Math.Round((target - inPost) / target * 100, 1))
            : (double?)null;
    }
}
