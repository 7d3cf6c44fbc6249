using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Standards.Rules.Facts;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Metadata references for test compilations: the installed net10.0 reference pack (no download) plus
    /// Standards.Rules.dll, which declares <c>[EvidenceRoot]</c> and <c>[FactMember]</c>.
    /// </summary>
    internal static class TestReferences
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(LoadFramework);

        /// <summary>The framework reference assemblies.</summary>
        public static IReadOnlyList<MetadataReference> FrameworkReferences => Framework.Value;

        /// <summary>Standards.Rules.dll, as loaded by the test process.</summary>
        public static MetadataReference StandardsRules { get; } =
            MetadataReference.CreateFromFile(typeof(EvidenceRootAttribute).Assembly.Location);

        /// <summary>The framework plus Standards.Rules.</summary>
        public static IEnumerable<MetadataReference> All => FrameworkReferences.Append(StandardsRules);

        private static IReadOnlyList<MetadataReference> LoadFramework()
        {
            // The runtime lives in the Microsoft.NETCore.App/<version> folder of the dotnet install; its reference pack in
            // <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/.
            var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
            var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
            var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            var tfm = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
            var refDirectory = Directory.Exists(packs)
                ? Directory.GetDirectories(packs)
                    .Select(v => Path.Combine(v, "ref", tfm))
                    .Where(Directory.Exists)
                    .OrderByDescending(p => p, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;

            // Fall back to the runtime's own assemblies when no reference pack is installed.
            var directory = refDirectory ?? runtimeDirectory;
            return Directory.GetFiles(directory, "*.dll")
                .Where(IsManagedAssembly)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
        }

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                System.Reflection.AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
