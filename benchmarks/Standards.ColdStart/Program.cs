using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.Extensions.Hosting;
using Standards.Engine;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Kernel;
using Standards.Rules.Loading;

namespace Standards.ColdStart
{
    /// <summary>
    /// Times the stages of a cold <c>standards rate</c> in one fresh process, in CPU and wall milliseconds:
    /// runtime start to Main, the generic host, loading the embedded rulebook, compiling it, reading the evidence and
    /// rating (<c>--kernel</c>: compile and rate with the kernel instead). Writing the table is not included.
    /// </summary>
    public static class Program
    {
        private static readonly Process Self = Process.GetCurrentProcess();
        private static TimeSpan _cpu;
        private static readonly Stopwatch Wall = Stopwatch.StartNew();

        public static int Main(string[] args)
        {
            var evidencePath = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "examples/national-picture.yaml";
            bool kernel = args.Contains("--kernel");
            Self.Refresh();
            Console.WriteLine($"runtime start to Main: {(DateTime.Now - Self.StartTime).TotalMilliseconds,6:F0} ms wall, {Self.TotalProcessorTime.TotalMilliseconds,6:F0} ms cpu");
            _cpu = Self.TotalProcessorTime;
            Wall.Restart();
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            using (builder.Build()) Stage("generic host");
            var sources = DefaultRulebook.Sources();
            var loaded = RulebookLoader.Load(sources, EvidenceSchema.Instance);
            Stage("load rulebook (YAML, model, checks, binding)");
            if (kernel)
            {
                var compiled = RatingKernel.Compile(loaded.Rulebook!);
                Stage("compile kernel");
                var evidence = EvidenceReader.ReadFile(evidencePath).Evidence!;
                Stage("read evidence");
                var rating = compiled.Rate(evidence);
                Stage("rate");
                Console.WriteLine(rating.OverallRange);
                return 0;
            }

            var rulebook = CompiledRulebook.Compile(loaded.Rulebook!);
            Stage("compile session rules (88 conditions)");
            var pdu = EvidenceReader.ReadFile(evidencePath).Evidence!;
            Stage("read evidence");
            var report = rulebook.Rate(pdu);
            Stage("rate (session)");
            Console.WriteLine(report.Overall.Range);
            return 0;
        }

        private static void Stage(string name)
        {
            Self.Refresh();
            var cpu = Self.TotalProcessorTime;
            Console.WriteLine($"{name + ":",-58} {Wall.Elapsed.TotalMilliseconds,6:F0} ms wall, {(cpu - _cpu).TotalMilliseconds,6:F0} ms cpu");
            _cpu = cpu;
            Wall.Restart();
        }
    }
}
