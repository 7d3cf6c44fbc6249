using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>Where the repository is, as recorded by the test project at build time.</summary>
    internal static class RepositoryPaths
    {
        /// <summary>The repository root (the folder holding Standards.sln).</summary>
        public static string Root { get; } = FindRoot();

        /// <summary>A path below the root, from forward-slash parts.</summary>
        public static string Combine(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        private static string FindRoot()
        {
            var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
            if (recorded != null && File.Exists(Path.Combine(recorded, "Standards.sln"))) return recorded;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Standards.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("cannot find the repository root (Standards.sln) from " + AppContext.BaseDirectory);
        }
    }
}
