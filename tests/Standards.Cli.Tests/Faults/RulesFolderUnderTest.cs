using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Standards.Engine.Evidence;
using Standards.Rules.Loading;

namespace Standards.Cli.Tests.Faults
{
    /// <summary>
    /// A copy of the reference rules in a temporary folder that a test breaks (<see cref="Break"/>) and repairs
    /// (<see cref="Repair"/>) while <c>standards serve --rules</c> watches it. Each repair gives the rulebook a
    /// new content hash, so a test can see exactly when the server picked it up.
    /// </summary>
    internal sealed class RulesFolderUnderTest : IDisposable
    {
        private const string Manifest = "rulebook.yaml";
        private const string Small = "standards/P2.1-assessment.yaml";
        private const string Large = "standards/P1.2-staffing.yaml";
        private static readonly string[] Extras = { "standards/huge.yaml", "standards/dangling.yaml", "standards/changing.yaml" };
        private readonly Dictionary<string, byte[]> _original;
        private readonly Random _random = new(12);

        public RulesFolderUnderTest()
        {
            Root = Path.Combine(Path.GetTempPath(), "standards-faults-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), Root);
            _original = Directory.GetFiles(Root, "*.yaml", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllBytes);
        }

        /// <summary>The folder given to <c>--rules</c>.</summary>
        public string Root { get; }

        /// <summary>Leaves the folder in a state the loader rejects, in the way <paramref name="fault"/> names.</summary>
        public void Break(RuleFault fault)
        {
            switch (fault)
            {
                case RuleFault.SyntaxError:
                    Write(Small, Text(Small).Replace("method: lowest_key_question", "method: [lowest_key_question", StringComparison.Ordinal));
                    break;
                case RuleFault.UnknownField:
                    Write(Small, Text(Small).Replace("  method: lowest_key_question", "  method: lowest_key_question\n  colour: red", StringComparison.Ordinal));
                    break;
                case RuleFault.DeletedFile:
                    File.Delete(Full(Manifest));
                    break;
                case RuleFault.TruncatedMidWrite:
                    File.WriteAllBytes(Full(Large), TruncatedMidKey(_original[Large]));
                    break;
                case RuleFault.FiftyMegabyteFile:
                    WriteHuge(Full(Extras[0]), 50L * 1024 * 1024);
                    break;
                case RuleFault.DanglingSymlink:
                    File.CreateSymbolicLink(Full(Extras[1]), Path.Combine(Root, "no-such-target", "gone.yaml"));
                    break;
                case RuleFault.ShrinkingDuringRead:
                    ShrinkAndGrow(Full(Extras[2]));
                    break;
                case RuleFault.DeletedFolder:
                    Directory.Move(Root, Root + "-away");
                    break;
            }
        }

        /// <summary>
        /// The first half of a rule file, cut inside the last <c>when:</c> key before the middle, as a writer stopped
        /// mid-line would leave it: never a shorter file that happens to be a valid rulebook.
        /// </summary>
        private static byte[] TruncatedMidKey(byte[] whole)
        {
            var text = Encoding.UTF8.GetString(whole, 0, whole.Length / 2);
            var key = text.LastIndexOf("\n    when: ", StringComparison.Ordinal);
            return Encoding.UTF8.GetBytes(key < 0 ? text : text.Substring(0, key + "\n    when".Length));
        }

        /// <summary>
        /// Restores every file, removes the extras and marks the manifest with <paramref name="generation"/>. Returns
        /// the content hash the repaired folder must load with, worked out from the bytes before they are written.
        /// </summary>
        public string Repair(int generation)
        {
            var wanted = _original.ToDictionary(
                f => f.Key,
                f => f.Key == Manifest ? f.Value.Concat(Encoding.UTF8.GetBytes($"# repair {generation}\n")).ToArray() : f.Value);
            var result = RulebookLoader.Load(wanted.Select(f => new RuleSource(f.Key, f.Value, f.Key)).ToList(), EvidenceSchema.Instance);
            if (result.HasErrors || result.Rulebook is null) throw new InvalidOperationException("the repaired rules do not load: " + string.Join("\n", result.Diagnostics));

            if (Directory.Exists(Root + "-away")) Directory.Move(Root + "-away", Root);
            foreach (var extra in Extras.Select(Full).Where(f => File.Exists(f) || new FileInfo(f).LinkTarget != null)) File.Delete(extra);
            foreach (var (relative, bytes) in wanted)
            {
                var file = Full(relative);
                if (!File.Exists(file) || !File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes)) File.WriteAllBytes(file, bytes);
            }

            return result.Rulebook.ContentHash;
        }

        public void Dispose()
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, true);
            if (Directory.Exists(Root + "-away")) Directory.Delete(Root + "-away", true);
        }

        private string Full(string relative) => Path.Combine(Root, relative);

        private string Text(string relative) => Encoding.UTF8.GetString(_original[relative]);

        private void Write(string relative, string text) => File.WriteAllText(Full(relative), text);

        private static void WriteHuge(string file, long size)
        {
            var line = Encoding.ASCII.GetBytes("# " + new string('x', 1021) + "\n");
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write);
            for (long written = 0; written < size; written += line.Length) stream.Write(line);
        }

        /// <summary>Rewrites one file big (just under the reader's 2 MiB limit) and tiny in turn, for about half a second.</summary>
        private void ShrinkAndGrow(string file)
        {
            var big = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# " + new string('y', 1021) + "\n", 1900)));
            var small = Encoding.ASCII.GetBytes("standard: [\n");
            for (int i = 0; i < 8; i++)
            {
                File.WriteAllBytes(file, i % 2 == 0 ? big : small);
                Thread.Sleep(_random.Next(10, 120));
            }

            File.WriteAllBytes(file, small);
        }
    }
}
