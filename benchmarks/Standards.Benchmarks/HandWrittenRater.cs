using System;
using System.Collections.Generic;
using Standards.Engine.Facts;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The reference rulebook (rules/, version 2026.1.0) written out by hand as plain C#: every threshold
    /// of P1.2 as an if-statement, the prompt ladders of P1.1 and P1.3 and the domain-two bands as the
    /// rulebook states them. It is the floor the engines are measured against. Like the RulesEngine
    /// translation it is two-valued: it needs every value the rulebook reads and throws when one is missing,
    /// where the Standards engine would give a range of grades.
    /// </summary>
    public static class HandWrittenRater
    {
        private const int Inadequate = 0;
        private const int RequiresImprovement = 1;
        private const int Good = 2;
        private const int Outstanding = 3;

        private static readonly string[] StandardIds = { "P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4" };

        /// <summary>Rates one PDU's evidence with the reference rulebook's thresholds.</summary>
        public static RatingSummary Rate(PduEvidence evidence)
        {
            var ranks = new int[7];
            ranks[0] = Leadership(evidence);
            ranks[1] = Staffing(evidence);
            ranks[2] = Services(evidence);
            var sample = evidence.CaseSample ?? throw Missing("case_sample");
            ranks[3] = CaseQuality(sample.Assessment ?? throw Missing("case_sample.assessment"));
            ranks[4] = CaseQuality(sample.Planning ?? throw Missing("case_sample.planning"));
            ranks[5] = CaseQuality(sample.Implementation ?? throw Missing("case_sample.implementation"));
            ranks[6] = CaseQuality(sample.Reviewing ?? throw Missing("case_sample.reviewing"));

            // Each grade scores its rank in points (inadequate 0 to outstanding 3); 7 standards make 0-21.
            int points = 0;
            foreach (var rank in ranks) points += rank;
            int overall = points <= 3 ? Inadequate : points <= 10 ? RequiresImprovement : points <= 17 ? Good : Outstanding;
            return new RatingSummary(StandardIds, ranks, ranks, overall, overall, points, points);
        }

        /// <summary>P1.2 Staffing: four key questions on a supports ladder, then the caps.</summary>
        private static int Staffing(PduEvidence e)
        {
            var workforce = e.Workforce ?? throw Missing("workforce");
            double poVacancies = Need(workforce.Po?.VacancyRate, "workforce.po.vacancy_rate");
            double spoVacancies = Need(workforce.Spo?.VacancyRate, "workforce.spo.vacancy_rate");
            double experience = Need(workforce.TraineePercent, "workforce.trainee_percent") + Need(workforce.NewlyQualifiedPercent, "workforce.newly_qualified_percent");
            double workloadManageable = Need(e.Surveys?.StaffWorkloadManageablePercent, "surveys.staff_workload_manageable_percent");
            double supervisionHelpful = Need(e.Surveys?.StaffSupervisionHelpfulPercent, "surveys.staff_supervision_helpful_percent");
            double spoTime = Need(e.Surveys?.SpoTimeForOversightPercent, "surveys.spo_time_for_oversight_percent");
            double spoInduction = Need(e.Surveys?.SpoInductionPercent, "surveys.spo_induction_percent");
            double spoPolicies = Need(e.Surveys?.SpoPoliciesMeetNeedsPercent, "surveys.spo_policies_meet_needs_percent");
            double overWmt = Need(e.Workload?.PractitionersOverWmtPercent, "workload.practitioners_over_wmt_percent");
            double overCaseload50 = Need(e.Workload?.PractitionersOverCaseload50Percent, "workload.practitioners_over_caseload50_percent");
            double sickness = Need(e.Sickness?.DaysLostPerFte, "sickness.days_lost_per_fte");
            double attrition = Need(e.Sickness?.AttritionPercent, "sickness.attrition_percent");
            double smSpan = Need(e.Spans?.SentenceManagementFte, "spans.sentence_management_fte");
            double courtsSpan = Need(e.Spans?.CourtsFte, "spans.courts_fte");
            double smHeadcount = Need(e.Spans?.SentenceManagementHeadcount, "spans.sentence_management_headcount");
            double rpss = Need(e.Supervision?.RpssPerPractitionerPerYear, "supervision.rpss_per_practitioner_per_year");
            double touchPoints = Need(e.CaseSample?.FirstTouchPointOnTimePercent, "case_sample.first_touch_point_on_time_percent");
            double oversight = Need(e.CaseSample?.OversightSufficientPercent, "case_sample.oversight_sufficient_percent");
            var j = e.Judgements ?? throw Missing("judgements");
            bool caseSupervision = Need(j.CaseSupervisionEffective, "judgements.case_supervision_effective");
            bool oversightArrangements = Need(j.OversightArrangementsEffective, "judgements.oversight_arrangements_effective");
            bool induction = Need(j.InductionEffective, "judgements.induction_effective");
            bool appraisal = Need(j.AppraisalEffective, "judgements.appraisal_effective");
            bool learningNeeds = Need(j.LearningNeedsMet, "judgements.learning_needs_met");
            bool poorPerformance = Need(j.PoorPerformanceAddressed, "judgements.poor_performance_addressed");
            bool learningCulture = Need(j.LearningCulturePromoted, "judgements.learning_culture_promoted");
            bool reflectivePractice = Need(j.ReflectivePracticeEvident, "judgements.reflective_practice_evident");
            bool lowMorale = Need(j.LowStaffMorale, "judgements.low_staff_morale");
            bool divisiveCulture = Need(j.DivisiveCulture, "judgements.divisive_culture");

            // P1.2.1 Do staffing and workload levels support the delivery of a high-quality service?
            int kq1 = Inadequate;
            if (poVacancies <= 35 && workloadManageable >= 46 && overWmt <= 50 && overCaseload50 <= 50 && sickness <= 12.2)
            {
                kq1 = RequiresImprovement;
                if (poVacancies <= 15 && workloadManageable >= 60 && overWmt <= 25 && overCaseload50 <= 20 && sickness <= 10
                    && smSpan <= 10 && courtsSpan <= 12)
                {
                    kq1 = Good;
                    if (poVacancies <= 5 && workloadManageable >= 75 && overWmt <= 10 && overCaseload50 <= 5 && sickness <= 8
                        && smSpan <= 9 && courtsSpan <= 11)
                    {
                        kq1 = Outstanding;
                    }
                }
            }

            // P1.2.2 Do the skills, knowledge and diversity of staff support delivery?
            int kq2 = Inadequate;
            if (experience <= 60 && spoInduction >= 12)
            {
                kq2 = RequiresImprovement;
                if (experience <= 40 && spoInduction >= 50)
                {
                    kq2 = Good;
                    if (experience <= 30 && spoInduction >= 80) kq2 = Outstanding;
                }
            }

            // P1.2.3 Does the oversight of work support high-quality delivery and professional development?
            int kq3 = Inadequate;
            if (rpss >= 1 && touchPoints >= 50 && spoTime >= 17 && (caseSupervision || oversightArrangements))
            {
                kq3 = RequiresImprovement;
                if (rpss >= 4 && touchPoints >= 80 && spoTime >= 50 && oversight >= 65 && caseSupervision && oversightArrangements
                    && induction && appraisal && learningNeeds && poorPerformance)
                {
                    kq3 = Good;
                    if (rpss >= 6 && touchPoints >= 95 && spoTime >= 70 && oversight >= 80 && learningCulture) kq3 = Outstanding;
                }
            }

            // P1.2.4 Are learning and development comprehensive and responsive, with attention to staff engagement?
            int kq4 = Inadequate;
            if (attrition <= 17 && supervisionHelpful >= 50)
            {
                kq4 = RequiresImprovement;
                if (attrition <= 12 && supervisionHelpful >= 70)
                {
                    kq4 = Good;
                    if (attrition <= 6 && supervisionHelpful >= 85) kq4 = Outstanding;
                }
            }

            int rating = Math.Min(Math.Min(kq1, kq2), Math.Min(kq3, kq4));

            // Caps.
            if (smSpan > 15) rating = Math.Min(rating, Inadequate);
            if (smHeadcount > 15) rating = Math.Min(rating, RequiresImprovement);
            if (spoVacancies > 25) rating = Math.Min(rating, RequiresImprovement);
            if (!reflectivePractice) rating = Math.Min(rating, Inadequate);
            if (oversight < 28) rating = Math.Min(rating, Inadequate);
            if (spoPolicies < 39) rating = Math.Min(rating, RequiresImprovement);
            if (lowMorale) rating = Math.Min(rating, RequiresImprovement);
            if (divisiveCulture && !learningCulture) rating = Math.Min(rating, Inadequate);
            return rating;
        }

        /// <summary>P1.1 Leadership: each key question climbs on the share of its prompts judged met.</summary>
        private static int Leadership(PduEvidence e)
        {
            var prompts = Prompts(e);
            return Math.Min(Math.Min(PromptLadder(prompts, "P1.1.1"), PromptLadder(prompts, "P1.1.2")), PromptLadder(prompts, "P1.1.3"));
        }

        /// <summary>P1.3 Services: as P1.1.</summary>
        private static int Services(PduEvidence e)
        {
            var prompts = Prompts(e);
            return Math.Min(Math.Min(PromptLadder(prompts, "P1.3.1"), PromptLadder(prompts, "P1.3.2")), PromptLadder(prompts, "P1.3.3"));
        }

        /// <summary>
        /// Requires improvement when at least one prompt is judged and at least half are met; good when at
        /// least three quarters are met; outstanding when all are.
        /// </summary>
        private static int PromptLadder(IReadOnlyList<PromptJudgement> prompts, string keyQuestion)
        {
            int judged = 0, met = 0;
            for (int i = 0; i < prompts.Count; i++)
            {
                var p = prompts[i];
                if (!string.Equals(p.KeyQuestion ?? throw Missing("judgements.prompts.key_question"), keyQuestion, StringComparison.Ordinal)) continue;
                judged++;
                if (Need(p.Met, "judgements.prompts.met")) met++;
            }

            if (judged == 0 || met * 2 < judged) return Inadequate;
            if (met * 4 < judged * 3) return RequiresImprovement;
            return met >= judged ? Outstanding : Good;
        }

        /// <summary>Domain two: the lowest of the three key question percentages, banded 80 / 65 / 50.</summary>
        private static int CaseQuality(CaseQualityPercents percents)
        {
            double lowest = Math.Min(Math.Min(Need(percents.Engagement, "engagement"), Need(percents.Desistance, "desistance")), Need(percents.Safety, "safety"));
            return lowest >= 80 ? Outstanding : lowest >= 65 ? Good : lowest >= 50 ? RequiresImprovement : Inadequate;
        }

        private static IReadOnlyList<PromptJudgement> Prompts(PduEvidence e) =>
            e.Judgements?.Prompts ?? throw Missing("judgements.prompts");

        private static double Need(double? value, string path) => value ?? throw Missing(path);

        private static bool Need(bool? value, string path) => value ?? throw Missing(path);

        private static InvalidOperationException Missing(string path) =>
            new InvalidOperationException("the hand-written rating needs " + path + ", which the evidence does not give");
    }
}
