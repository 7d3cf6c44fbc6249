using System;

namespace Standards.Rules.Facts
{
    /// <summary>
    /// Declares a cross-field check on a fact type, beside the per-field ranges of <see cref="FactMemberAttribute"/>.
    /// Fields are named by their rule names (snake_case) within the type, except where the check says otherwise.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
    public sealed class EvidenceCheckAttribute : Attribute
    {
        /// <summary>Declares a check of the given kind over the named fields.</summary>
        public EvidenceCheckAttribute(EvidenceCheck check, params string[] fields)
        {
            Check = check;
            Fields = fields;
        }

        /// <summary>The kind of check.</summary>
        public EvidenceCheck Check { get; }

        /// <summary>The fields the check reads, by rule name.</summary>
        public string[] Fields { get; }

        /// <summary>For <see cref="EvidenceCheck.InPostNearTarget"/>: how many times the target is still plausible.</summary>
        public double Factor { get; set; } = 1;

        /// <summary>For <see cref="EvidenceCheck.InPostNearTarget"/>: the text field whose presence accepts a larger figure.</summary>
        public string? Note { get; set; }

        /// <summary>For <see cref="EvidenceCheck.SharesOfOneWhole"/>: the whole, in words, such as "the PO workforce".</summary>
        public string? Whole { get; set; }

        /// <summary>For <see cref="EvidenceCheck.DateWithinReason"/>: the earliest plausible year.</summary>
        public int EarliestYear { get; set; } = 2000;
    }
}
