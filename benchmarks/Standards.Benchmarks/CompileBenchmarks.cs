using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Rules.Loading;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The one-off cost of getting ready to rate: reading the embedded rule files, loading (YAML, model,
    /// references, binding), compiling to NRules rules and a session factory; and, for comparison, Microsoft RulesEngine's
    /// cold start on the translated workflow (construction plus the first run, which is when it parses
    /// and compiles the Dynamic LINQ expressions).
    /// </summary>
    [MemoryDiagnoser]
    public class CompileBenchmarks
    {
        private IReadOnlyList<RuleSource> _sources = null!;
        private Rulebook _rulebook = null!;
        private RulesEngine.Models.Workflow _workflow = null!;
        private PduEvidence _evidence = null!;

        [GlobalSetup]
        public void Setup()
        {
            _sources = BenchmarkData.RuleSources();
            _rulebook = BenchmarkData.LoadRulebook(_sources);
            _workflow = RulesEngineRater.BuildWorkflow(_rulebook);
            _evidence = BenchmarkData.ReadEvidence();
        }

        /// <summary>Embedded sources, load and compile: everything from the assembly to a ready <see cref="CompiledRulebook"/>.</summary>
        [Benchmark(Baseline = true)]
        public CompiledRulebook LoadAndCompile() => CompiledRulebook.Compile(BenchmarkData.LoadRulebook(BenchmarkData.RuleSources()));

        /// <summary>Loading alone: YAML to the rule model, reference checks and binding.</summary>
        [Benchmark]
        public RulebookLoadResult Load() => RulebookLoader.Load(_sources, Standards.Engine.Evidence.EvidenceSchema.Instance);

        /// <summary>Compiling alone: NRules rule definitions from the bound model, and NRules' RuleCompiler (the Rete network and a delegate per expression).</summary>
        [Benchmark]
        public CompiledRulebook Compile() => CompiledRulebook.Compile(_rulebook);

        /// <summary>Microsoft RulesEngine: a new engine on the translated workflow and its first run.</summary>
        [Benchmark]
        public int RulesEngineColdStart()
        {
            var engine = new RulesEngine.RulesEngine(new[] { _workflow }, new RulesEngine.Models.ReSettings());
            return engine.ExecuteAllRulesAsync(RulesEngineRater.WorkflowName, _evidence).GetAwaiter().GetResult().Count;
        }
    }
}
