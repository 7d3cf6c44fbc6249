using System;
using System.IO;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Kernel;
using Standards.Engine.Tests.Conformance;
using Standards.Engine.Tests.Properties;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Engine.Tests.Kernel
{
    /// <summary>
    /// Differential tests in the manner of Cedar's: the compiled kernel and the session engine must give the same
    /// outcomes and ranges on every example case, every example PDU, random evidence that sits on the reference
    /// rulebook's thresholds, and random rulebooks drawn from the language.
    /// </summary>
    public class KernelDifferentialTests
    {
        private static readonly Lazy<RatingKernel> ReferenceKernel = new(() => RatingKernel.Compile(ReferenceRulebook.Compiled.Rulebook));
        private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue));

        [Fact]
        public void Every_example_case_of_the_reference_rulebook_rates_the_same()
        {
            var session = ReferenceRulebook.Compiled;
            Assert.NotEmpty(session.Rulebook.Examples);
            foreach (var example in session.Rulebook.Examples)
            {
                var evidence = EvidenceReader.FromNode(example.Evidence).Evidence!;
                Agree(example.Name, session, ReferenceKernel.Value, evidence);
            }
        }

        [Fact]
        public void Every_example_PDU_rates_the_same()
        {
            var files = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(ConformanceCases.Directory)!, "..", "examples"), "*.yaml");
            Assert.True(files.Length >= 4, $"only {files.Length} example PDUs");
            foreach (var file in files)
            {
                var evidence = EvidenceReader.ReadFile(file).Evidence;
                Assert.True(evidence != null, file);
                Agree(Path.GetFileName(file), ReferenceRulebook.Compiled, ReferenceKernel.Value, evidence!);
            }
        }

        [Fact]
        public void Random_evidence_on_the_reference_thresholds_rates_the_same()
        {
            var session = ReferenceRulebook.Compiled;
            var kernel = ReferenceKernel.Value;
            var thresholds = Threshold.Of(session.Rulebook.Bound);
            Assert.True(thresholds.Count > 40, $"only {thresholds.Count} thresholds");
            var reused = kernel.Rate(DifferentialEvidence.Create(new System.Random(0), thresholds));
            Check.One(DifferentialRuns.Config(DifferentialRuns.Count(2000)), Prop.ForAll(Seeds, seed =>
            {
                var evidence = DifferentialEvidence.Create(new System.Random(seed), thresholds);
                kernel.Rate(evidence, reused);
                return Agree($"seed {seed}", session, kernel, evidence, reused);
            }));
        }

        [Fact]
        public void Random_rulebooks_from_the_language_rate_the_same()
        {
            int loaded = 0, rejected = 0;
            var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
            Check.One(DifferentialRuns.Config(DifferentialRuns.Count(3000) / 100), Prop.ForAll(Seeds, seed =>
            {
                var random = new System.Random(seed);
                var result = RulebookLoader.Load(RandomRulebook.Create(random), EvidenceSchema.Instance);
                if (result.HasErrors)
                {
                    Interlocked.Increment(ref rejected);
                    problems.Add(result.Diagnostics.First(d => d.Severity == Standards.Rules.Diagnostics.DiagnosticSeverity.Error).ToString());
                    return true;
                }

                Interlocked.Increment(ref loaded);
                var session = CompiledRulebook.Compile(result.Rulebook!);
                var kernel = RatingKernel.Compile(result.Rulebook!);
                var thresholds = Threshold.Of(result.Rulebook!.Bound);
                for (int i = 0; i < 10; i++)
                {
                    Agree($"rulebook seed {seed}, evidence {i}", session, kernel, DifferentialEvidence.Create(random, thresholds));
                }

                return true;
            }));
            Assert.True(loaded >= 3 * rejected, $"{rejected} random rulebooks had errors and only {loaded} loaded, such as:\n{string.Join("\n", problems.Take(5))}");
        }

        private static bool Agree(string name, CompiledRulebook session, RatingKernel kernel, Standards.Engine.Facts.PduEvidence evidence, KernelRating? rating = null)
        {
            var differences = KernelAgreement.Differences(session.Rate(evidence), rating ?? kernel.Rate(evidence));
            Assert.True(differences.Count == 0, $"{name}: the kernel and the session disagree:\n  {string.Join("\n  ", differences)}");
            return true;
        }
    }
}
