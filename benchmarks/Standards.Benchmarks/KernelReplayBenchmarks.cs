using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using Standards.Engine.Facts;
using Standards.Engine.Kernel;
using Standards.Rules.Loading;

namespace Standards.Benchmarks
{
    /// <summary>
    /// What <c>standards diff</c> does in bulk: 10,000 PDUs' evidence rated with two rulebooks (the reference rulebook and
    /// a copy with one P1.2 cap threshold moved from 1:15 to 1:14), counting the standards whose rating moves.
    /// </summary>
    [MemoryDiagnoser]
    public class KernelReplayBenchmarks
    {
        public const int EvidenceSets = 10_000;
        private IReadOnlyList<PduEvidence> _evidence = null!;
        private RatingKernel _before = null!;
        private RatingKernel _after = null!;

        [GlobalSetup]
        public void Setup()
        {
            _evidence = ReplayEvidence.Create(EvidenceSets, seed: 9);
            _before = RatingKernel.Compile(BenchmarkData.LoadRulebook());
            var edited = new List<RuleSource>();
            foreach (var source in BenchmarkData.RuleSources())
            {
                var text = Encoding.UTF8.GetString(source.Content).Replace("spans.sentence_management_fte > 1:15", "spans.sentence_management_fte > 1:14");
                edited.Add(new RuleSource(source.Path, Encoding.UTF8.GetBytes(text)));
            }

            _after = RatingKernel.Compile(BenchmarkData.LoadRulebook(edited));
            System.Console.WriteLine($"// replay: {Replay()} standard ratings move across {EvidenceSets} PDUs");
        }

        /// <summary>Rates every evidence set with both rulebooks and counts the standards that move.</summary>
        [Benchmark]
        public int Replay()
        {
            var a = _before.Rate(_evidence[0]);
            var b = _after.Rate(_evidence[0]);
            int moved = 0;
            foreach (var evidence in _evidence)
            {
                _before.Rate(evidence, a);
                _after.Rate(evidence, b);
                for (int s = 0; s < _before.Standards.Count; s++)
                {
                    if (a.StandardLowRank(s) != b.StandardLowRank(s) || a.StandardHighRank(s) != b.StandardHighRank(s)) moved++;
                }
            }

            return moved;
        }
    }
}
