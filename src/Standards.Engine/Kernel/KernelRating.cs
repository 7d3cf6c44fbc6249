using Standards.Engine.Rating;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// What the <see cref="RatingKernel"/> computed for one PDU: every characteristic outcome, domain-two measure,
    /// key question range, standard range (before and after caps) and the overall range, held as grade ranks in
    /// arrays indexed like <see cref="RatingKernel.Characteristics"/>, <see cref="RatingKernel.KeyQuestions"/> and
    /// <see cref="RatingKernel.Standards"/>. Reading a grade allocates nothing; <see cref="GradeRange"/> objects are
    /// made only when asked for. Reuse one instance across ratings with <see cref="RatingKernel.Rate(Facts.PduEvidence, KernelRating)"/>.
    /// </summary>
    public sealed class KernelRating
    {
        internal KernelRating(RatingKernel kernel)
        {
            Kernel = kernel;
            var layout = kernel.Layout;
            Outcomes = new byte[layout.Characteristics.Count];
            Measures = new double[layout.Measures.Count];
            KeyQuestionRanks = new byte[2 * layout.KeyQuestions.Count];
            StandardRanks = new byte[4 * layout.Standards.Count];
        }

        /// <summary>The kernel that computed this rating.</summary>
        public RatingKernel Kernel { get; }

        /// <summary>Truth values by characteristic: 0 false, 1 unknown, 2 true.</summary>
        internal byte[] Outcomes { get; }

        /// <summary>Domain-two percentages by measure; NaN when unknown.</summary>
        internal double[] Measures { get; }

        /// <summary>Low then high rank of each key question.</summary>
        internal byte[] KeyQuestionRanks { get; }

        /// <summary>Low, high, uncapped low and uncapped high rank of each standard.</summary>
        internal byte[] StandardRanks { get; }

        /// <summary>The overall range's lowest rank.</summary>
        public int OverallLowRank { get; internal set; }

        /// <summary>The overall range's highest rank.</summary>
        public int OverallHighRank { get; internal set; }

        /// <summary>The total points if every open standard takes its lowest grade.</summary>
        public int LowestPoints { get; internal set; }

        /// <summary>The total points if every open standard takes its highest grade.</summary>
        public int HighestPoints { get; internal set; }

        /// <summary>The overall rating's range.</summary>
        public GradeRange OverallRange => Range(OverallLowRank, OverallHighRank);

        /// <summary>The outcome of characteristic <paramref name="index"/>: true, false, or null when missing evidence leaves it unknown.</summary>
        public bool? Outcome(int index) => KernelValues.ToOutcome(Outcomes[index]);

        /// <summary>The outcome of the characteristic with the id <paramref name="id"/>.</summary>
        public bool? Outcome(string id) => Outcome(Kernel.IndexOfCharacteristic(id));

        /// <summary>The domain-two percentage of key question <paramref name="keyQuestion"/>, or null when unknown or the key question is a ladder.</summary>
        public double? Measure(int keyQuestion)
        {
            int measure = Kernel.Layout.MeasureOf[keyQuestion];
            return measure < 0 || double.IsNaN(Measures[measure]) ? null : Measures[measure];
        }

        /// <summary>The lowest rank key question <paramref name="index"/> may take.</summary>
        public int KeyQuestionLowRank(int index) => KeyQuestionRanks[2 * index];

        /// <summary>The highest rank key question <paramref name="index"/> may take.</summary>
        public int KeyQuestionHighRank(int index) => KeyQuestionRanks[2 * index + 1];

        /// <summary>The range of key question <paramref name="index"/>.</summary>
        public GradeRange KeyQuestionRange(int index) => Range(KeyQuestionLowRank(index), KeyQuestionHighRank(index));

        /// <summary>The lowest rank standard <paramref name="index"/> may take.</summary>
        public int StandardLowRank(int index) => StandardRanks[4 * index];

        /// <summary>The highest rank standard <paramref name="index"/> may take.</summary>
        public int StandardHighRank(int index) => StandardRanks[4 * index + 1];

        /// <summary>The range of standard <paramref name="index"/>.</summary>
        public GradeRange StandardRange(int index) => Range(StandardLowRank(index), StandardHighRank(index));

        /// <summary>The range of the standard with the id <paramref name="id"/>.</summary>
        public GradeRange StandardRange(string id) => StandardRange(Kernel.IndexOfStandard(id));

        /// <summary>The range of standard <paramref name="index"/> before its caps.</summary>
        public GradeRange UncappedRange(int index) => Range(StandardRanks[4 * index + 2], StandardRanks[4 * index + 3]);

        private GradeRange Range(int low, int high) => new GradeRange(Kernel.Scale.Grades[low], Kernel.Scale.Grades[high]);
    }
}
