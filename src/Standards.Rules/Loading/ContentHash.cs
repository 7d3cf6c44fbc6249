using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Standards.Rules.Loading
{
    /// <summary>
    /// Computes the rulebook content hash: SHA-256 over each file's path inside the rulebook
    /// (<see cref="RuleSource.RulebookPath"/>, normalised) and bytes, in ordinal path order. How the folder was
    /// named, where it lives and the order the files were listed in do not change it.
    /// </summary>
    internal static class ContentHash
    {
        public static string Compute(IEnumerable<RuleSource> sources)
        {
            using (var sha = SHA256.Create())
            {
                foreach (var source in sources.OrderBy(s => s.RulebookPath, StringComparer.Ordinal).ThenBy(s => s.Content.Length))
                {
                    var name = Encoding.UTF8.GetBytes(source.RulebookPath + "\n" + source.Content.Length + "\n");
                    sha.TransformBlock(name, 0, name.Length, null, 0);
                    sha.TransformBlock(source.Content, 0, source.Content.Length, null, 0);
                }

                sha.TransformFinalBlock(new byte[0], 0, 0);
                var sb = new StringBuilder(64);
                foreach (var b in sha.Hash!) sb.Append(b.ToString("x2"));
                return sb.ToString();
            }
        }
    }
}
