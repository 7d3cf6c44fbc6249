using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Standards.Rules.Facts;
using Standards.Rules.Loading;

namespace Standards.Analyzers
{
    /// <summary>
    /// A SHA-256 over everything the rule check reads: each rule file's path and bytes, and the evidence contract
    /// (every fact type and member with its name, kind, unit, range, allowed values and description). Two
    /// compilations with the same fingerprint get the same diagnostics, so the check can be reused.
    /// </summary>
    internal static class RulebookFingerprint
    {
        public static string Of(IReadOnlyList<RuleSource> sources, FactType evidenceRoot)
        {
            using (var sha = SHA256.Create())
            {
                foreach (var source in sources.OrderBy(s => s.Path, System.StringComparer.Ordinal))
                {
                    Add(sha, "file\n" + source.Path + "\n" + source.Content.Length.ToString(CultureInfo.InvariantCulture) + "\n");
                    sha.TransformBlock(source.Content, 0, source.Content.Length, null, 0);
                }

                Add(sha, Describe(evidenceRoot));
                sha.TransformFinalBlock(new byte[0], 0, 0);
                var text = new StringBuilder(64);
                foreach (var b in sha.Hash!) text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                return text.ToString();
            }
        }

        private static void Add(HashAlgorithm sha, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        /// <summary>The contract as text, each type once (in the order first reached), so cycles end.</summary>
        private static string Describe(FactType root)
        {
            var text = new StringBuilder();
            var seen = new HashSet<FactType>();
            var pending = new Queue<FactType>();
            pending.Enqueue(root);
            seen.Add(root);
            while (pending.Count > 0)
            {
                var type = pending.Dequeue();
                text.Append("type ").Append(type.Name).Append(' ').Append(type.ClrName).Append('\n');
                foreach (var m in type.Members)
                {
                    text.Append(m.Name).Append('|').Append(m.ClrName).Append('|').Append(m.Kind).Append('|').Append(m.Unit)
                        .Append('|').Append(m.Min?.ToString("R", CultureInfo.InvariantCulture)).Append('|').Append(m.Max?.ToString("R", CultureInfo.InvariantCulture))
                        .Append('|').Append(string.Join(",", m.AllowedValues)).Append('|').Append(m.Description)
                        .Append('|').Append(m.ElementType?.ClrName).Append('\n');
                    if (m.ElementType != null && seen.Add(m.ElementType)) pending.Enqueue(m.ElementType);
                }
            }

            return text.ToString();
        }
    }
}
