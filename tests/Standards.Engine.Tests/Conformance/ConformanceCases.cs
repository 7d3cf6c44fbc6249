using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Yaml;

namespace Standards.Engine.Tests.Conformance
{
    /// <summary>Reads the YAML conformance cases under tests/cases with the project's own YAML reader.</summary>
    internal static class ConformanceCases
    {
        public static string Directory
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (!File.Exists(Path.Combine(dir!.FullName, "Standards.sln"))) dir = dir.Parent;
                return Path.Combine(dir.FullName, "tests", "cases");
            }
        }

        public static IReadOnlyList<ConformanceCase> All { get; } = Load();

        private static IReadOnlyList<ConformanceCase> Load()
        {
            var cases = new List<ConformanceCase>();
            foreach (var path in System.IO.Directory.GetFiles(Directory, "*.yaml").OrderBy(p => p, StringComparer.Ordinal))
            {
                var file = Path.GetFileName(path);
                var bag = new DiagnosticBag();
                var root = YamlDocumentReader.Read(file, File.ReadAllBytes(path), bag) as YamlMapping;
                if (root is null || bag.ToSortedList().Count > 0) throw new InvalidDataException($"{file}: {string.Join("; ", bag.ToSortedList())}");
                foreach (var item in ((YamlSequence)root.Find("cases")!.Value).Items.Cast<YamlMapping>())
                {
                    cases.Add(new ConformanceCase(file, Text(item, "name"), Text(item, "condition"), item.Find("evidence")!.Value,
                        Outcome(Text(item, "outcome")), Readings(item)));
                }
            }

            return cases;
        }

        private static string Text(YamlMapping item, string key) =>
            (item.Find(key)?.Value as YamlScalar)?.Value ?? throw new InvalidDataException($"a case at line {item.Span.Line} has no `{key}`");

        private static bool? Outcome(string text) => text switch
        {
            "true" => true,
            "false" => false,
            "unknown" => null,
            _ => throw new InvalidDataException($"outcome `{text}` is not true, false or unknown"),
        };

        private static IReadOnlyDictionary<string, string>? Readings(YamlMapping item) =>
            item.Find("readings")?.Value is YamlMapping readings
                ? readings.Entries.ToDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value, StringComparer.Ordinal)
                : null;
    }
}
