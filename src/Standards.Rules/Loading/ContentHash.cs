using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Standards.Rules.Loading
{
    /// <summary>Computes the rulebook content hash: SHA-256 over each file's path and bytes, in path order.</summary>
    internal static class ContentHash
    {
        public static string Compute(IEnumerable<RuleSource> sources)
        {
            using (var sha = SHA256.Create())
            {
                foreach (var source in sources)
                {
                    var name = Encoding.UTF8.GetBytes(source.Path + "\n" + source.Content.Length + "\n");
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
