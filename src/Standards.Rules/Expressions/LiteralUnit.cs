namespace Standards.Rules.Expressions
{
    /// <summary>The unit written on a numeric literal.</summary>
    public enum LiteralUnit
    {
        /// <summary>A plain number: <c>50</c>, <c>4</c>, <c>0.5</c>.</summary>
        None,

        /// <summary>A percentage: <c>30%</c>. The value is stored as 30.</summary>
        Percent,

        /// <summary>A span of control: <c>1:10</c>. The value is stored as 10 (practitioners per manager).</summary>
        Ratio,

        /// <summary>A duration in days: <c>21 days</c>, <c>3 weeks</c> is not accepted.</summary>
        Days,
    }
}
