using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Standards.Cli.Report;
using Standards.Engine.Compilation;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The server's side of one what-if on the workbench page: read the posted evidence, rate it and render the
    /// report fragment (dashboard, plain-English sections, SVG charts) that replaces the page's report.
    /// </summary>
    [MemoryDiagnoser]
    public class WorkbenchBenchmarks
    {
        private CompiledRulebook _compiled = null!;
        private PduEvidence _evidence = null!;
        private byte[] _posted = null!;

        [GlobalSetup]
        public void Setup()
        {
            _compiled = CompiledRulebook.Compile(BenchmarkData.LoadRulebook());
            _evidence = BenchmarkData.ReadEvidence();
            _posted = BenchmarkData.EvidenceBytes();
        }

        /// <summary>Rendering the fragment for evidence already rated.</summary>
        [Benchmark]
        public int RenderFragment()
        {
            using var writer = new StringWriter();
            ReportBodyWriter.Write(_compiled.Rate(_evidence), _evidence, writer);
            return writer.GetStringBuilder().Length;
        }

        /// <summary>The whole of <c>POST /api/rate?format=fragment</c> minus HTTP: read, validate, rate, render.</summary>
        [Benchmark(Baseline = true)]
        public int WhatIfServerSide()
        {
            var evidence = EvidenceReader.Read("evidence", _posted).Evidence!;
            using var writer = new StringWriter(new StringBuilder(128 * 1024));
            ReportBodyWriter.Write(_compiled.Rate(evidence), evidence, writer);
            return writer.GetStringBuilder().Length;
        }
    }
}
