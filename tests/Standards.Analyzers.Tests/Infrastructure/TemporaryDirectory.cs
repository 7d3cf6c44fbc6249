using System;
using System.IO;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>A fresh folder under the system temp folder, deleted (best effort) on dispose.</summary>
    internal sealed class TemporaryDirectory : IDisposable
    {
        public TemporaryDirectory(string purpose)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "standards-" + purpose + "-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Path);
        }

        /// <summary>The folder's full path.</summary>
        public string Path { get; }

        /// <summary>A path inside the folder, from forward-slash parts.</summary>
        public string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

        /// <summary>Writes a text file, creating its folder.</summary>
        public string Write(string relative, string text)
        {
            var path = Combine(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A build node may still hold a file for a moment; the temp folder is cleaned by the system later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
