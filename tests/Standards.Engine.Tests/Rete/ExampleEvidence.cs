using System.Collections.Generic;
using System.IO;
using NRules;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>The bundled example evidence files, and a recorder of the rules an NRules session fires.</summary>
    internal static class ExampleEvidence
    {
        /// <summary>The example file names in <c>examples/</c>.</summary>
        public static readonly string[] Names = { "national-picture", "kent-surrey-sussex", "wales-sentence-management", "partial-evidence" };

        /// <summary>Reads <c>examples/NAME.yaml</c> from the repository.</summary>
        public static PduEvidence Read(string name)
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(dir!.FullName, "Standards.sln"))) dir = dir.Parent;
            var result = EvidenceReader.ReadFile(Path.Combine(dir.FullName, "examples", name + ".yaml"));
            Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
            return result.Evidence!;
        }

        /// <summary>Records the name of each rule as it fires.</summary>
        public static List<string> RecordFirings(ISession session)
        {
            var fired = new List<string>();
            session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
            return fired;
        }
    }
}
