namespace Standards.Rules.Facts
{
    /// <summary>
    /// The kinds of cross-field check a fact type can declare with <see cref="EvidenceCheckAttribute"/>: figures that
    /// are each within their own range but cannot all be true together.
    /// </summary>
    public enum EvidenceCheck
    {
        /// <summary>The named percentages are shares of one whole, so together they cannot exceed 100%.</summary>
        SharesOfOneWhole,

        /// <summary>The first field (FTE) cannot exceed the second (headcount): one person works at most one FTE.</summary>
        FteWithinHeadcount,

        /// <summary>The first field (in post) may not exceed the second (target) by more than <see cref="EvidenceCheckAttribute.Factor"/> unless <see cref="EvidenceCheckAttribute.Note"/> is given.</summary>
        InPostNearTarget,

        /// <summary>
        /// The named count is the size of the record's sample: percentages below it need a sample of at least one and a
        /// precision the sample can give, and counts below it cannot exceed it.
        /// </summary>
        SampleSize,

        /// <summary>The named date is no earlier than <see cref="EvidenceCheckAttribute.EarliestYear"/> and no later than one year after today.</summary>
        DateWithinReason,

        /// <summary>The record's figures need staff in post: the fields named by path from the evidence root must not be 0.</summary>
        NeedsStaffInPost,

        /// <summary>The named text, when the key is present, must not be empty.</summary>
        NotBlank,
    }
}
