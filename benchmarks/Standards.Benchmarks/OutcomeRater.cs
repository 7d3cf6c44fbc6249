using System;
using System.Linq;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The rating semantics (supports ladder, caps, domain-two banding, overall bands; docs/rule-language.md,
    /// "Rating semantics") applied in plain C# to characteristic outcomes and measures computed elsewhere,
    /// here by Microsoft RulesEngine. It mirrors Standards.Engine's internal <c>RatingSemantics</c>, with
    /// the rulebook's structure turned into index arrays once so each rating is array work only.
    /// </summary>
    public sealed class OutcomeRater
    {
        private readonly StandardPlan[] _standards;
        private readonly int[] _points;
        private readonly (double AtLeast, int Rank)[] _caseBandsHighestFirst;
        private readonly (int From, int To, int Rank)[] _overallBands;
        private readonly int _top;
        private readonly string[] _standardIds;

        /// <param name="rulebook">The rulebook whose structure is rated.</param>
        /// <param name="indexOf">The slot of each characteristic (by id) and each measure (by key question id) in the outcome arrays.</param>
        public OutcomeRater(Rulebook rulebook, Func<string, int> indexOf)
        {
            var scale = rulebook.Manifest.Scale;
            _top = scale.Grades.Count - 1;
            _points = scale.Grades.Select(g => g.Points).ToArray();
            _caseBandsHighestFirst = rulebook.Manifest.CaseSampleBands.OrderByDescending(b => b.AtLeast).Select(b => (b.AtLeast, scale[b.GradeId].Rank)).ToArray();
            _overallBands = rulebook.Manifest.OverallBands.Select(b => (b.From, b.To, scale[b.GradeId].Rank)).ToArray();
            var standards = rulebook.Standards.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            _standardIds = standards.Select(s => s.Id).ToArray();
            _standards = standards.Select(s => new StandardPlan(s, scale, indexOf)).ToArray();
        }

        /// <summary>Rates from characteristic outcomes (null is unknown) and measures (null is unknown), indexed as the constructor was told.</summary>
        public RatingSummary Rate(bool?[] outcomes, double?[] measures)
        {
            var low = new int[_standards.Length];
            var high = new int[_standards.Length];
            int lowPoints = 0, highPoints = 0;
            for (int s = 0; s < _standards.Length; s++)
            {
                var plan = _standards[s];
                int l = plan.KeyQuestions.Length == 0 ? 0 : int.MaxValue;
                int h = plan.KeyQuestions.Length == 0 ? _top : int.MaxValue;
                foreach (var kq in plan.KeyQuestions)
                {
                    int kqLow, kqHigh;
                    if (kq.Measure >= 0)
                    {
                        var measure = measures[kq.Measure];
                        if (measure is null)
                        {
                            kqLow = 0;
                            kqHigh = _top;
                        }
                        else
                        {
                            kqLow = kqHigh = Band(measure.Value);
                        }
                    }
                    else
                    {
                        kqLow = Climb(kq.SupportsByRank, outcomes, strict: true);
                        kqHigh = Climb(kq.SupportsByRank, outcomes, strict: false);
                    }

                    l = Math.Min(l, kqLow);
                    h = Math.Min(h, kqHigh);
                }

                foreach (var (index, rank) in plan.Caps)
                {
                    var outcome = outcomes[index];
                    if (outcome != false) l = Math.Min(l, rank);
                    if (outcome == true) h = Math.Min(h, rank);
                }

                low[s] = l;
                high[s] = h;
                lowPoints += _points[l];
                highPoints += _points[h];
            }

            return new RatingSummary(_standardIds, low, high, Overall(lowPoints), Overall(highPoints), lowPoints, highPoints);
        }

        /// <summary>The highest rank whose supports, and all those below it, hold (strict) or may hold (not strict).</summary>
        private static int Climb(int[][] supportsByRank, bool?[] outcomes, bool strict)
        {
            int reached = 0;
            for (int rank = 1; rank < supportsByRank.Length; rank++)
            {
                foreach (var index in supportsByRank[rank])
                {
                    var outcome = outcomes[index];
                    if (strict ? outcome != true : outcome == false) return reached;
                }

                reached = rank;
            }

            return reached;
        }

        private int Band(double measure)
        {
            foreach (var (atLeast, rank) in _caseBandsHighestFirst)
            {
                if (measure >= atLeast) return rank;
            }

            return 0;
        }

        private int Overall(int points)
        {
            foreach (var (from, to, rank) in _overallBands)
            {
                if (points >= from && points <= to) return rank;
            }

            return points < _overallBands.Min(b => b.From)
                ? _overallBands.OrderBy(b => b.From).First().Rank
                : _overallBands.OrderBy(b => b.To).Last().Rank;
        }

        private sealed class StandardPlan
        {
            public StandardPlan(Standard standard, GradeScale scale, Func<string, int> indexOf)
            {
                KeyQuestions = standard.KeyQuestions.Select(k => new KeyQuestionPlan(standard, k, scale, indexOf)).ToArray();
                Caps = standard.Characteristics.Where(c => c.Role == CharacteristicRole.Caps)
                    .Select(c => (indexOf(c.Id), scale[c.GradeId].Rank)).ToArray();
            }

            public KeyQuestionPlan[] KeyQuestions { get; }

            public (int Index, int Rank)[] Caps { get; }
        }

        private sealed class KeyQuestionPlan
        {
            public KeyQuestionPlan(Standard standard, KeyQuestion keyQuestion, GradeScale scale, Func<string, int> indexOf)
            {
                if (standard.Method == RatingMethod.LowestKeyQuestion)
                {
                    Measure = indexOf(keyQuestion.Id);
                    SupportsByRank = new int[0][];
                }
                else
                {
                    Measure = -1;
                    var supports = standard.Characteristics.Where(c => c.KeyQuestionId == keyQuestion.Id && c.Role == CharacteristicRole.Supports).ToList();
                    SupportsByRank = scale.Grades.Select(g => supports.Where(c => c.GradeId == g.Id).Select(c => indexOf(c.Id)).ToArray()).ToArray();
                }
            }

            /// <summary>Domain two: the slot of the measure; -1 for a supports ladder.</summary>
            public int Measure { get; }

            /// <summary>For each grade rank, the slots of the characteristics supporting it.</summary>
            public int[][] SupportsByRank { get; }
        }
    }
}
