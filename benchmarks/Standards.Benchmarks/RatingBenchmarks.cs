using BenchmarkDotNet.Attributes;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// Rating one PDU with the reference rulebook, three ways: the Standards engine (compiled once; each call
    /// runs an NRules session through the standard rules and the overall rule), Microsoft
    /// RulesEngine on the rulebook translated to Dynamic LINQ (plus the same ladder logic in C#), and plain
    /// hand-written C#. GlobalSetup checks all three give the same answers before anything is timed.
    /// </summary>
    [MemoryDiagnoser]
    public class RatingBenchmarks
    {
        private CompiledRulebook _compiled = null!;
        private RulesEngineRater _rulesEngine = null!;
        private PduEvidence _evidence = null!;

        [GlobalSetup]
        public void Setup()
        {
            Rulebook rulebook = BenchmarkData.LoadRulebook();
            _evidence = BenchmarkData.ReadEvidence();
            _compiled = CompiledRulebook.Compile(rulebook);
            _rulesEngine = new RulesEngineRater(rulebook);
            Verification.AssertAllAgree(rulebook, _compiled, _rulesEngine, _evidence);
        }

        [Benchmark(Baseline = true)]
        public RatingReport StandardsEngine() => _compiled.Rate(_evidence);

        [Benchmark]
        public RatingSummary MicrosoftRulesEngine() => _rulesEngine.Rate(_evidence);

        [Benchmark]
        public RatingSummary HandWritten() => HandWrittenRater.Rate(_evidence);
    }
}
