using BenchmarkDotNet.Attributes;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Kernel;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// Rating one PDU with the reference rulebook, side by side in one run: the compiled kernel (a new result, and
    /// a reused one), the session engine on main, Microsoft RulesEngine and hand-written C#. GlobalSetup checks
    /// that all of them give the same ratings, and the kernel the same characteristic outcomes, before timing.
    /// </summary>
    [MemoryDiagnoser]
    public class KernelRatingBenchmarks
    {
        private RatingKernel _kernel = null!;
        private KernelRating _reused = null!;
        private CompiledRulebook _session = null!;
        private RulesEngineRater _rulesEngine = null!;
        private PduEvidence _evidence = null!;

        [GlobalSetup]
        public void Setup()
        {
            Rulebook rulebook = BenchmarkData.LoadRulebook();
            _evidence = BenchmarkData.ReadEvidence();
            _session = CompiledRulebook.Compile(rulebook);
            _kernel = RatingKernel.Compile(rulebook);
            _reused = _kernel.Rate(_evidence);
            _rulesEngine = new RulesEngineRater(rulebook);
            Verification.AssertAllAgree(rulebook, _session, _rulesEngine, _evidence);
            KernelVerification.AssertAgrees(_session.Rate(_evidence), _reused);
        }

        [Benchmark(Baseline = true)]
        public KernelRating Kernel() => _kernel.Rate(_evidence);

        [Benchmark]
        public KernelRating KernelReusingResult()
        {
            _kernel.Rate(_evidence, _reused);
            return _reused;
        }

        [Benchmark]
        public RatingReport SessionEngine() => _session.Rate(_evidence);

        [Benchmark]
        public RatingSummary MicrosoftRulesEngine() => _rulesEngine.Rate(_evidence);

        [Benchmark]
        public RatingSummary HandWritten() => HandWrittenRater.Rate(_evidence);
    }
}
