using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Rete;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The home-made runtime against NRules, in one run: rating a PDU from scratch on each, and on NRules
    /// also updating one evidence section (sickness) in an open session and reading the ratings again; plus
    /// compiling the rulebook for each. GlobalSetup checks that all the ratings agree before anything is timed.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class RuntimeComparisonBenchmarks
    {
        private Rulebook _rulebook = null!;
        private CompiledRulebook _compiled = null!;
        private LegacyRuntimeRater _legacy = null!;
        private PduEvidence _evidence = null!;
        private PduEvidence[] _variants = null!;
        private RatingSession _session = null!;
        private int _turn;

        [GlobalSetup]
        public void Setup()
        {
            _rulebook = BenchmarkData.LoadRulebook();
            _evidence = BenchmarkData.ReadEvidence();
            _compiled = CompiledRulebook.Compile(_rulebook);
            _legacy = new LegacyRuntimeRater(_rulebook);
            _variants = new[] { _evidence, WithSickness(_evidence, 9.5) };
            _session = _compiled.OpenSession(_evidence);
            foreach (var variant in _variants.Concat(_variants))
            {
                var expected = RatingSummary.From(_legacy.Rate(variant));
                RatingSummary.AssertSame("NRules from scratch", expected, RatingSummary.From(_compiled.Rate(variant)));
                _session.Update(variant);
                RatingSummary.AssertSame("NRules after an update", expected, RatingSummary.From(_session.Report()));
            }

            Console.WriteLine("// verified: the home-made runtime and NRules (from scratch and updated) agree on both variants");
        }

        [Benchmark(Baseline = true), BenchmarkCategory("rate")]
        public RatingReport HomeMadeRuntime() => _legacy.Rate(_evidence);

        [Benchmark, BenchmarkCategory("rate")]
        public RatingReport NRulesFromScratch() => _compiled.Rate(_evidence);

        /// <summary>Updates the sickness section (two variants in turn) in an open session and reads the ratings.</summary>
        [Benchmark, BenchmarkCategory("rate")]
        public RatingReport NRulesUpdateOneSection()
        {
            _session.Update(_variants[_turn ^= 1]);
            return _session.Report();
        }

        [Benchmark(Baseline = true), BenchmarkCategory("compile")]
        public object HomeMadeCompile() => LegacyRuntimeRater.Compile(_rulebook);

        [Benchmark, BenchmarkCategory("compile")]
        public CompiledRulebook NRulesCompile() => CompiledRulebook.Compile(_rulebook);

        private static PduEvidence WithSickness(PduEvidence evidence, double daysLost) => new PduEvidence
        {
            Pdu = evidence.Pdu,
            Workforce = evidence.Workforce,
            Spans = evidence.Spans,
            Workload = evidence.Workload,
            Sickness = new SicknessAndAttrition { DaysLostPerFte = daysLost, AttritionPercent = evidence.Sickness?.AttritionPercent },
            Surveys = evidence.Surveys,
            CaseSample = evidence.CaseSample,
            Supervision = evidence.Supervision,
            Judgements = evidence.Judgements,
        };
    }
}
