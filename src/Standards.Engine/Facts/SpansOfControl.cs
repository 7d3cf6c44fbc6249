using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>How many practitioners each SPO manages. The operating model sets 1:10 for sentence management and 1:12 for courts.</summary>
    public sealed class SpansOfControl
    {
        [FactMember(FactUnit.Ratio, Min = 1, Max = 100, Description = "Sentence management span of control, in FTE.")]
        public double? SentenceManagementFte { get; set; }

        [FactMember(FactUnit.Ratio, Min = 1, Max = 100, Description = "Courts span of control, in FTE.")]
        public double? CourtsFte { get; set; }

        [FactMember(FactUnit.Ratio, Min = 1, Max = 100, Description = "Sentence management span of control, by headcount.")]
        public double? SentenceManagementHeadcount { get; set; }

        [FactMember(FactUnit.Ratio, Min = 1, Max = 100, Description = "Courts span of control, by headcount.")]
        public double? CourtsHeadcount { get; set; }
    }
}
