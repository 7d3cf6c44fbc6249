using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Standards.Cli.Hosting;
using Standards.Engine.Evidence;
using Standards.Engine.Rating;

namespace Standards.Cli.Commands
{
    /// <summary>
    /// <c>standards diff --after DIR [--before DIR] evidence...</c>: rates past PDU evidence with two rulebooks and
    /// shows every rating that moves, so the policy team sees what an edit changes.
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

            var old = _rulebooks.LoadCompiled(before, error, out _);
            var changed = _rulebooks.LoadCompiled(after, error, out _);
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

        private static IEnumerable<string> Changes(RatingReport before, RatingReport after)
        {
            foreach (var b in before.Standards)
            {
                var a = after.Standards.FirstOrDefault(s => s.Standard.Id == b.Standard.Id);
                if (a is null) yield return $"{b.Standard.Id}: {b.Range} -> (standard removed)";
                else if (a.Range.ToIdText() != b.Range.ToIdText()) yield return $"{b.Standard.Id} {b.Standard.Title}: {b.Range} -> {a.Range}{Direction(b.Range, a.Range)}";
            }

            foreach (var a in after.Standards.Where(s => before.Standards.All(b => b.Standard.Id != s.Standard.Id)))
            {
                yield return $"{a.Standard.Id}: (new standard) -> {a.Range}";
            }

            if (before.Overall.Range.ToIdText() != after.Overall.Range.ToIdText())
            {
                yield return $"overall: {before.Overall.Range} -> {after.Overall.Range}{Direction(before.Overall.Range, after.Overall.Range)}";
            }
        }

        private static string Direction(GradeRange before, GradeRange after) =>
            after.Low.Rank + after.High.Rank > before.Low.Rank + before.High.Rank ? " (up)" : after.Low.Rank + after.High.Rank < before.Low.Rank + before.High.Rank ? " (down)" : string.Empty;

        private static string Describe(Standards.Rules.Model.Rulebook rulebook) =>
            $"{rulebook.Manifest.Id} {rulebook.Manifest.Version} (sha256 {rulebook.ContentHash.Substring(0, 12)})";
    }
}
