using BenchmarkDotNet.Attributes;
using Standards.Engine.Kernel;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>Getting the kernel ready, warm: the embedded rulebook loaded and compiled to one delegate, and the compile step alone.</summary>
    [MemoryDiagnoser]
    public class KernelCompileBenchmarks
    {
        private Rulebook _rulebook = null!;

        [GlobalSetup]
        public void Setup() => _rulebook = BenchmarkData.LoadRulebook();

        /// <summary>Embedded sources, load (YAML, model, references, binding) and kernel compile.</summary>
        [Benchmark(Baseline = true)]
        public RatingKernel LoadAndCompileKernel() => RatingKernel.Compile(BenchmarkData.LoadRulebook(BenchmarkData.RuleSources()));

        /// <summary>The kernel compile alone: one expression tree for every condition and measure, compiled once.</summary>
        [Benchmark]
        public RatingKernel CompileKernel() => RatingKernel.Compile(_rulebook);
    }
}
