using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Model;

namespace Standards.Cli.Report
{
    /// <summary>
    /// How sure a domain-two key question's band is: its percentage, the number of cases behind it, the 95% Wilson
    /// interval and the grades that interval reaches. Extra information only; the rating stays the published arithmetic.
    /// </summary>
    internal sealed class MeasureConfidence
    {
        private MeasureConfidence(KeyQuestionJudgement judgement, double sampleSize, WilsonInterval interval, Grade low, Grade high, string sampleSizePath)
        {
            Judgement = judgement;
            SampleSize = sampleSize;
            Interval = interval;
            LowestPlausible = low;
            HighestPlausible = high;
            SampleSizePath = sampleSizePath;
        }

        public KeyQuestionJudgement Judgement { get; }

        /// <summary>The number of cases the percentage is of.</summary>
        public double SampleSize { get; }

        /// <summary>The evidence field the sample size came from.</summary>
        public string SampleSizePath { get; }

        /// <summary>The 95% Wilson score interval, in percent.</summary>
        public WilsonInterval Interval { get; }

        /// <summary>The band of the interval's lower end.</summary>
        public Grade LowestPlausible { get; }

        /// <summary>The band of the interval's upper end.</summary>
        public Grade HighestPlausible { get; }

        /// <summary>True when the interval crosses a band edge.</summary>
        public bool IsBorderline => LowestPlausible.Rank != HighestPlausible.Rank;

        /// <summary>"52% of 45 cases; 95% interval 38–66%: Inadequate and Good are also plausible."</summary>
        public string Sentence(RulebookManifest manifest)
        {
            var figure = FigureText.Percent(Judgement.Measure!.Value, manifest.CaseSampleBands.Select(b => b.AtLeast));
            var text = $"{figure} of {UnitFormat.Format(SampleSize, FactUnit.Count)} cases; 95% interval {Interval.Low:0}–{Interval.High:0}%";
            var band = Judgement.Range.Low;
            var others = Enumerable.Range(LowestPlausible.Rank, HighestPlausible.Rank - LowestPlausible.Rank + 1).Where(r => r != band.Rank).ToList();
            return others.Count == 0
                ? text + $": {band.Label} either way."
                : text + $": {Join(others.Select(r => manifest.Scale.Grades[r].Label))} {(others.Count == 1 ? "is" : "are")} also plausible.";
        }

        /// <summary>The confidence of each domain-two key question of <paramref name="rating"/> whose figure and sample size are known.</summary>
        public static IReadOnlyList<MeasureConfidence> Assess(StandardRating rating, PduEvidence evidence, RulebookManifest manifest)
        {
            var result = new List<MeasureConfidence>();
            foreach (var kq in rating.KeyQuestions)
            {
                if (kq.Measure is not double percent || kq.KeyQuestion.Measure is not PathExpr path) continue;
                var (n, from) = FindSampleSize(path.Text, evidence);
                if (n is not double size || size <= 0) continue;
                var interval = WilsonInterval.For(percent, size);
                result.Add(new MeasureConfidence(kq, size, interval, Band(interval.Low, manifest), Band(interval.High, manifest), from));
            }

            return result;
        }

        /// <summary>The grades a standard's lowest-key-question rating could take across its key questions' intervals.</summary>
        public static (Grade Low, Grade High)? StandardRange(IReadOnlyList<MeasureConfidence> confidences, StandardRating rating)
        {
            if (confidences.Count == 0 || confidences.Count != rating.KeyQuestions.Count) return null;
            var low = confidences.Select(c => c.LowestPlausible).OrderBy(g => g.Rank).First();
            var high = confidences.Select(c => c.HighestPlausible).OrderBy(g => g.Rank).First();
            return (low, high);
        }

        /// <summary>The sample size for a measure: its own <c>_sample_size</c> field when given, else the whole sample's.</summary>
        private static (double? Size, string Path) FindSampleSize(string measurePath, PduEvidence evidence)
        {
            var own = measurePath + "_sample_size";
            if (EvidencePathReader.Read(evidence, own) is double n) return (n, own);
            const string whole = "case_sample.sample_size";
            return (EvidencePathReader.Read(evidence, whole) as double?, whole);
        }

        private static Grade Band(double percent, RulebookManifest manifest)
        {
            var band = manifest.CaseSampleBands.Where(b => percent >= b.AtLeast).OrderByDescending(b => b.AtLeast).FirstOrDefault();
            return band is null ? manifest.Scale.Lowest : manifest.Scale[band.GradeId];
        }

        private static string Join(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
        }
    }
}
