using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Engine.Evidence;
using Standards.Engine.Kernel;
using Standards.Engine.Rating;

namespace Standards.Cli.Commands
{
    /// <summary>
    /// <c>standards diff --after DIR [--before DIR] evidence...</c>: rates past PDU evidence with two rulebooks and
    /// shows every rating that moves, so the policy team sees what an edit changes. Both rulebooks are compiled to
    /// <see cref="RatingKernel"/>s: bulk rating with no session.
    /// </summary>
    internal sealed class DiffCommand
    {
        private readonly RulebookProvider _rulebooks;

        public DiffCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? before, string after, IReadOnlyList<string> evidencePaths, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(before, error) || RulebookProvider.IsMissingFolder(after, error)) return ExitCodes.Usage;
            var files = new List<string>();
            foreach (var path in evidencePaths)
            {
                if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.*").Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
                else if (File.Exists(path)) files.Add(path);
                else
                {
                    error.WriteLine($"`{path}` is neither an evidence file nor a folder");
                    return ExitCodes.Usage;
                }
            }

            var old = _rulebooks.LoadKernel(before, error);
            var changed = _rulebooks.LoadKernel(after, error);
            if (old is null || changed is null) return ExitCodes.Failed;
            output.WriteLine($"before: {Describe(old.Rulebook)}{(before is null ? " (embedded)" : " in " + before)}");
            output.WriteLine($"after:  {Describe(changed.Rulebook)} in {after}");
            int moved = 0, invalid = 0;
            foreach (var file in files)
            {
                var evidence = EvidenceReader.ReadFile(file, changed.Rulebook);
                if (evidence.Evidence is null)
                {
                    invalid++;
                    output.WriteLine($"{file}: skipped, the evidence is not valid ({evidence.Diagnostics.Count} problem(s); see `standards rate {file}`)");
                    continue;
                }

                var a = old.Rate(evidence.Evidence);
                var b = changed.Rate(evidence.Evidence);
                var lines = Changes(a, b).ToList();
                moved += lines.Count;
                output.WriteLine(lines.Count == 0 ? $"{file}: no rating moves" : $"{file}:");
                foreach (var line in lines) output.WriteLine("  " + line);
            }

            output.WriteLine($"{moved} rating(s) moved across {files.Count - invalid} PDU(s)");
            return invalid > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }

        private static IEnumerable<string> Changes(KernelRating before, KernelRating after)
        {
            var afterIds = after.Kernel.Standards.Select(s => s.Id).ToList();
            for (int i = 0; i < before.Kernel.Standards.Count; i++)
            {
                var standard = before.Kernel.Standards[i].Standard;
                var b = before.StandardRange(i);
                int j = afterIds.IndexOf(standard.Id);
                if (j < 0) yield return $"{standard.Id}: {b} -> (standard removed)";
                else if (after.StandardRange(j) is var a && a.ToIdText() != b.ToIdText()) yield return $"{standard.Id} {standard.Title}: {b} -> {a}{Direction(b, a)}";
            }

            foreach (var added in after.Kernel.Standards.Where(s => before.Kernel.Standards.All(b => b.Id != s.Id)))
            {
                yield return $"{added.Id}: (new standard) -> {after.StandardRange(afterIds.IndexOf(added.Id))}";
            }

            if (before.OverallRange.ToIdText() != after.OverallRange.ToIdText())
            {
                yield return $"overall: {before.OverallRange} -> {after.OverallRange}{Direction(before.OverallRange, after.OverallRange)}";
            }
        }

        private static string Direction(GradeRange before, GradeRange after) =>
            after.Low.Rank + after.High.Rank > before.Low.Rank + before.High.Rank ? " (up)" : after.Low.Rank + after.High.Rank < before.Low.Rank + before.High.Rank ? " (down)" : string.Empty;

        private static string Describe(Standards.Rules.Model.Rulebook rulebook) =>
            $"{rulebook.Manifest.Id} {rulebook.Manifest.Version} (sha256 {rulebook.ContentHash.Substring(0, 12)})";
    }
}
