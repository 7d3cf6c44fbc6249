using System.Collections.Generic;
using Standards.Rules.Diagnostics;

namespace Standards.Analyzers
{
    /// <summary>
    /// The diagnostics of the last few rulebook checks, by <see cref="RulebookFingerprint"/>. In the compiler
    /// server the analyzer stays loaded between builds, so a build whose rule files and evidence contract did not
    /// change reuses the previous check instead of reading, binding and analysing the rulebook again.
    /// </summary>
    internal static class RulebookCheckCache
    {
        /// <summary>Enough for the rulebooks of a few projects built by one server, small enough to stay cheap.</summary>
        private const int Capacity = 8;

        private static readonly object Gate = new object();
        private static readonly LinkedList<KeyValuePair<string, IReadOnlyList<Diagnostic>>> Entries = new LinkedList<KeyValuePair<string, IReadOnlyList<Diagnostic>>>();

        public static bool TryGet(string fingerprint, out IReadOnlyList<Diagnostic> diagnostics)
        {
            lock (Gate)
            {
                for (var node = Entries.First; node != null; node = node.Next)
                {
                    if (node.Value.Key != fingerprint) continue;
                    Entries.Remove(node);
                    Entries.AddFirst(node);
                    diagnostics = node.Value.Value;
                    return true;
                }
            }

            diagnostics = null!;
            return false;
        }

        public static void Add(string fingerprint, IReadOnlyList<Diagnostic> diagnostics)
        {
            lock (Gate)
            {
                Entries.AddFirst(new KeyValuePair<string, IReadOnlyList<Diagnostic>>(fingerprint, diagnostics));
                while (Entries.Count > Capacity) Entries.RemoveLast();
            }
        }
    }
}
