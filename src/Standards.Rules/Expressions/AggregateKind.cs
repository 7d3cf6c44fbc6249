namespace Standards.Rules.Expressions
{
    /// <summary>The aggregate functions over a list of evidence records.</summary>
    public enum AggregateKind
    {
        /// <summary><c>count(case_sample.cases where oversight_sufficient)</c></summary>
        Count,

        /// <summary><c>percent(case_sample.cases where oversight_sufficient)</c>: share of records matching, 0–100%.</summary>
        Percent,

        /// <summary><c>min(workload.practitioners.caseload)</c></summary>
        Min,

        /// <summary><c>max(workload.practitioners.caseload)</c></summary>
        Max,

        /// <summary><c>mean(workload.practitioners.caseload)</c></summary>
        Mean,

        /// <summary><c>sum(workload.practitioners.caseload)</c></summary>
        Sum,
    }
}
