using System;
using System.IO;
using System.Linq;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>Copies parts of the repository into a temporary folder, without build output (bin/, obj/).</summary>
    internal static class RepositoryCopy
    {
        private static readonly string[] SkippedFolders = { "bin", "obj", ".vs", "TestResults" };

        /// <summary>The solution-wide build files every project needs: Directory.*.props and global.json.</summary>
        public static readonly string[] BuildFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json" };

        /// <summary>Copies each repository-relative file or folder in <paramref name="parts"/> into <paramref name="target"/>.</summary>
        public static void Copy(string target, params string[] parts)
        {
            foreach (var part in parts)
            {
                var source = RepositoryPaths.Combine(part);
                var destination = Path.Combine(target, part.Replace('/', Path.DirectorySeparatorChar));
                if (File.Exists(source))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Copy(source, destination, overwrite: true);
                }
                else if (Directory.Exists(source))
                {
                    CopyFolder(source, destination);
                }
                else if (!BuildFiles.Contains(part))
                {
                    throw new FileNotFoundException("nothing to copy at " + source);
                }
            }
        }

        private static void CopyFolder(string source, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
            }

            foreach (var folder in Directory.GetDirectories(source))
            {
                var name = Path.GetFileName(folder);
                if (SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }
}
