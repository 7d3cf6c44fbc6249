using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Rete;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The NRules rating session two ways: rating a PDU from scratch (a new session, every section inserted,
    /// every rule fired), and updating one evidence section (sickness, two variants in turn) in a session kept
    /// open, then reading the ratings again. GlobalSetup checks both give the same ratings before anything is timed.
    /// </summary>
    [MemoryDiagnoser]
    public class LiveSessionBenchmarks
    {
        private CompiledRulebook _compiled = null!;
        private PduEvidence _evidence = null!;
        private PduEvidence[] _variants = null!;
        private RatingSession _session = null!;
        private int _turn;

        [GlobalSetup]
        public void Setup()
        {
            Rulebook rulebook = BenchmarkData.LoadRulebook();
            _evidence = BenchmarkData.ReadEvidence();
            _compiled = CompiledRulebook.Compile(rulebook);
            _variants = new[] { _evidence, WithSickness(_evidence, 9.5) };
            _session = _compiled.OpenSession(_evidence);
            foreach (var variant in _variants.Concat(_variants))
            {
                _session.Update(variant);
                RatingSummary.AssertSame("the updated session", RatingSummary.From(_compiled.Rate(variant)), RatingSummary.From(_session.Report()));
            }

            Console.WriteLine("// verified: the updated session and rating from scratch agree on both variants");
        }

        [Benchmark(Baseline = true)]
        public RatingReport FromScratch() => _compiled.Rate(_evidence);

        [Benchmark]
        public RatingReport UpdateOneSection()
        {
            _session.Update(_variants[_turn ^= 1]);
            return _session.Report();
        }

        /// <summary>The evidence with its sickness section replaced by a new object, so the session sees a change.</summary>
        public static PduEvidence WithSickness(PduEvidence evidence, double daysLost)
        {
            var variant = new PduEvidence();
            foreach (var section in typeof(PduEvidence).GetProperties()) section.SetValue(variant, section.GetValue(evidence));
            variant.Sickness = new SicknessAndAttrition { DaysLostPerFte = daysLost, AttritionPercent = evidence.Sickness?.AttritionPercent };
            return variant;
        }
    }
}
