namespace Standards.Rules.Facts
{
    /// <summary>The unit of a numeric evidence field. Comparisons need matching units.</summary>
    public enum FactUnit
    {
        /// <summary>Not a number (yes/no, text, list or group).</summary>
        None,

        /// <summary>A whole count of people, cases or sessions.</summary>
        Count,

        /// <summary>A plain number such as a mean caseload or sessions per year.</summary>
        Number,

        /// <summary>Full-time equivalent staff.</summary>
        Fte,

        /// <summary>A percentage, 0–100 unless the field says otherwise.</summary>
        Percent,

        /// <summary>A span of control, written <c>1:10</c>; the value is practitioners per manager.</summary>
        Ratio,

        /// <summary>A number of days.</summary>
        Days,
    }
}
