using BenchmarkDotNet.Attributes;
using Standards.Engine.Evidence;

namespace Standards.Benchmarks
{
    /// <summary>Reading and validating the evidence file: YAML to located nodes, binding to the fact types, range checks.</summary>
    [MemoryDiagnoser]
    public class EvidenceParsingBenchmarks
    {
        private byte[] _content = null!;

        [GlobalSetup]
        public void Setup()
        {
            _content = BenchmarkData.EvidenceBytes();
            BenchmarkData.ReadEvidence();
        }

        [Benchmark]
        public EvidenceLoadResult ReadEvidence() => EvidenceReader.Read(BenchmarkData.EvidencePath, _content);
    }
}
