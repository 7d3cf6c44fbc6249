using System;
using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>Which PDU the evidence describes.</summary>
    public sealed class PduIdentity
    {
        [FactMember(Description = "The PDU name.")]
        public string? Name { get; set; }

        [FactMember(Description = "The probation region.")]
        public string? Region { get; set; }

        [FactMember(Description = "The first day of fieldwork.")]
        public DateTime? InspectionDate { get; set; }
    }
}
