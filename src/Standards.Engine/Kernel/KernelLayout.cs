using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Model;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// Where each part of the rulebook sits in a <see cref="KernelRating"/>: characteristics, key questions and
    /// standards by index, and the rating semantics of <see cref="RatingSemantics"/> turned into tables
    /// (the rungs of each ladder, each standard's caps, the domain-two bands and the overall band of every total).
    /// </summary>
    internal sealed class KernelLayout
    {
        public KernelLayout(BoundRulebook rulebook)
        {
            Scale = rulebook.Scale;
            Top = Scale.Grades.Count - 1;
            Characteristics = rulebook.Characteristics.ToList();
            var characteristicIndex = new Dictionary<BoundCharacteristic, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < Characteristics.Count; i++) characteristicIndex.Add(Characteristics[i], i);

            KeyQuestions = rulebook.Standards.SelectMany(s => s.KeyQuestions).ToList();
            Standards = rulebook.Standards;
            var measures = new List<BoundKeyQuestion>();
            Rungs = new int[KeyQuestions.Count][][];
            MeasureOf = new int[KeyQuestions.Count];
            for (int k = 0; k < KeyQuestions.Count; k++)
            {
                var keyQuestion = KeyQuestions[k];
                bool byMeasure = keyQuestion.Standard.Method == RatingMethod.LowestKeyQuestion;
                MeasureOf[k] = byMeasure ? measures.Count : -1;
                if (byMeasure) measures.Add(keyQuestion);
                Rungs[k] = Enumerable.Range(1, Top).Select(rank => byMeasure ? Array.Empty<int>() :
                    keyQuestion.Supports.Where(s => s.Grade.Rank == rank).Select(s => characteristicIndex[s]).ToArray()).ToArray();
            }

            Measures = measures;
            KeyQuestionsOf = new int[Standards.Count][];
            CapsOf = new int[Standards.Count][];
            int first = 0;
            for (int s = 0; s < Standards.Count; s++)
            {
                KeyQuestionsOf[s] = Enumerable.Range(first, Standards[s].KeyQuestions.Count).ToArray();
                first += Standards[s].KeyQuestions.Count;
                CapsOf[s] = Standards[s].Caps.Select(c => characteristicIndex[c]).ToArray();
            }

            var manifest = rulebook.Manifest;
            Bands = manifest.CaseSampleBands.OrderByDescending(b => b.AtLeast).Select(b => (b.AtLeast, Scale[b.GradeId].Rank)).ToArray();
            LowestPoints = Standards.Count * Scale.Grades.Min(g => g.Points);
            var highestPoints = Standards.Count * Scale.Grades.Max(g => g.Points);
            OverallRank = Enumerable.Range(LowestPoints, highestPoints - LowestPoints + 1)
                .Select(p => RatingSemantics.Band(p, manifest.OverallBands, Scale).Rank).ToArray();
        }

        public GradeScale Scale { get; }

        /// <summary>The rank of the highest grade.</summary>
        public int Top { get; }

        public IReadOnlyList<BoundCharacteristic> Characteristics { get; }

        public IReadOnlyList<BoundKeyQuestion> KeyQuestions { get; }

        public IReadOnlyList<BoundStandard> Standards { get; }

        /// <summary>The domain-two key questions, in key question order.</summary>
        public IReadOnlyList<BoundKeyQuestion> Measures { get; }

        /// <summary>For key question k and rank r (1 to top), the characteristics supporting grade r: <c>Rungs[k][r - 1]</c>.</summary>
        public int[][][] Rungs { get; }

        /// <summary>For key question k, the index of its measure, or -1 for a ladder.</summary>
        public int[] MeasureOf { get; }

        public int[][] KeyQuestionsOf { get; }

        public int[][] CapsOf { get; }

        /// <summary>The domain-two bands, highest first: the least percentage and the grade rank.</summary>
        public (double AtLeast, int Rank)[] Bands { get; }

        /// <summary>The lowest possible total of points.</summary>
        public int LowestPoints { get; }

        /// <summary>The overall grade rank of each total, from <see cref="LowestPoints"/>.</summary>
        public int[] OverallRank { get; }
    }
}
