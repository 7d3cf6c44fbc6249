using System.IO;

namespace Standards.Rules.Tests.Loading
{
    /// <summary>Real files for the loading tests.</summary>
    internal static class TestFiles
    {
        /// <summary>Copies a folder tree.</summary>
        public static void CopyDirectory(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
