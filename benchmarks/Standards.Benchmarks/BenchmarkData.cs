using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Engine;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The inputs every benchmark shares: the reference rulebook embedded in Standards.Engine and the
    /// national-picture evidence file from <c>examples/</c>, embedded in this assembly.
    /// </summary>
    public static class BenchmarkData
    {
        /// <summary>The path the evidence is reported under.</summary>
        public const string EvidencePath = "examples/national-picture.yaml";

        private const string EvidenceResource = "evidence/national-picture.yaml";

        /// <summary>The embedded rule files of the reference rulebook.</summary>
        public static IReadOnlyList<RuleSource> RuleSources() => DefaultRulebook.Sources();

        /// <summary>Loads the reference rulebook and throws if it has errors.</summary>
        public static Rulebook LoadRulebook() => LoadRulebook(RuleSources());

        /// <summary>Loads the given rule files and throws if they have errors.</summary>
        public static Rulebook LoadRulebook(IReadOnlyList<RuleSource> sources)
        {
            var result = RulebookLoader.Load(sources, EvidenceSchema.Instance);
            if (result.HasErrors || result.Rulebook is null)
            {
                throw new InvalidOperationException("the reference rulebook has errors: "
                    + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return result.Rulebook;
        }

        /// <summary>The raw bytes of the evidence file.</summary>
        public static byte[] EvidenceBytes()
        {
            using var stream = typeof(BenchmarkData).Assembly.GetManifestResourceStream(EvidenceResource)
                ?? throw new InvalidOperationException("the evidence resource " + EvidenceResource + " is not embedded");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }

        /// <summary>Reads the evidence and throws if it is invalid.</summary>
        public static PduEvidence ReadEvidence()
        {
            var result = EvidenceReader.Read(EvidencePath, EvidenceBytes());
            if (result.Evidence is null)
            {
                throw new InvalidOperationException("the benchmark evidence is invalid: " + string.Join("; ", result.Diagnostics));
            }

            return result.Evidence;
        }
    }
}
