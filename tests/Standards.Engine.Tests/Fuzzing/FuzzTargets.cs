using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Standards.Engine.Evidence;
using Standards.Rules.Loading;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>
    /// The three readers the fuzzer drives, seeded from the repository: the rule loader (reference rules and the
    /// broken-rulebook corpus), the evidence reader (examples/) and the case-sample CSV reader (through an
    /// evidence file's <c>cases_file</c>, seeded with CSVs built from the example percentages' fields).
    /// </summary>
    internal static class FuzzTargets
    {
        public static string RepositoryRoot { get; } = FindRoot();

        private static readonly byte[] Manifest = File.ReadAllBytes(Path.Combine(RepositoryRoot, "rules", "rulebook.yaml"));

        /// <summary>A rule file loaded beside the reference manifest, through every stage of the loader.</summary>
        public static FuzzTarget RuleFiles() => new("rule loader", Files("rules", "tests/corpus/broken"), input =>
            RulebookLoader.Load(new[] { new RuleSource("rules/rulebook.yaml", Manifest), new RuleSource("rules/standards/fuzzed.yaml", input) }, EvidenceSchema.Instance).Diagnostics);

        /// <summary>A PDU evidence file, YAML or JSON.</summary>
        public static FuzzTarget EvidenceFiles() => new("evidence reader", Files("examples"), input =>
            EvidenceReader.Read("evidence/fuzzed.yaml", input).Diagnostics);

        /// <summary>A case-sample CSV named by an evidence file, in <paramref name="folder"/>.</summary>
        public static FuzzTarget CaseSampleFiles(string folder)
        {
            var evidence = Encoding.UTF8.GetBytes("case_sample:\n  cases_file: sample.csv\n");
            var csv = Path.Combine(folder, "sample.csv");
            return new FuzzTarget("case-sample CSV reader", CsvSeeds(), input =>
            {
                File.WriteAllBytes(csv, input);
                return EvidenceReader.Read(Path.Combine(folder, "pdu.yaml"), evidence, folder).Diagnostics;
            });
        }

        private static IReadOnlyList<byte[]> Files(params string[] folders) =>
            folders.SelectMany(f => Directory.GetFiles(Path.Combine(RepositoryRoot, f), "*.yaml", SearchOption.AllDirectories))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .ToList();

        private static IReadOnlyList<byte[]> CsvSeeds()
        {
            var fields = EvidenceSchema.Instance.Root.Find("case_sample")!.ElementType!.Find("cases")!.ElementType!.Members.Select(m => m.Name).ToList();
            var random = new Random(7);
            string[] cells = { "yes", "no", string.Empty, "true", "false" };
            return Enumerable.Range(1, 4).Select(n =>
            {
                var text = new StringBuilder(string.Join(",", fields.Take(2 + (n * 3 % Math.Max(1, fields.Count - 2))))).Append('\n');
                int columns = text.ToString().Count(c => c == ',') + 1;
                for (int row = 1; row <= n * 5; row++)
                {
                    text.Append("C").Append(row.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
                    for (int c = 1; c < columns; c++) text.Append(',').Append(cells[random.Next(cells.Length)]);
                    text.Append(n % 2 == 0 ? "\r\n" : "\n");
                }

                return Encoding.UTF8.GetBytes(text.ToString());
            }).ToList();
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Standards.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("Standards.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
