using System.Linq;

namespace Standards.Rules.Loading
{
    /// <summary>Normalises a path inside a rulebook: forward slashes, no empty, <c>.</c> or leading parts.</summary>
    internal static class RulebookPaths
    {
        /// <summary>
        /// <c>.\standards\\P1.2.yaml</c> and <c>standards/./P1.2.yaml</c> both become <c>standards/P1.2.yaml</c>.
        /// </summary>
        public static string Normalize(string path) =>
            string.Join("/", path.Replace('\\', '/').Split('/').Where(part => part.Length > 0 && part != "."));
    }
}
