using System;
using System.IO;
using System.Linq;
using Standards.Rules.Diagnostics;
using Standards.Rules.Loading;
using Standards.Rules.Tests.Loading;
using Xunit;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>STD0020: a rule file or the rules folder cannot be read; reported, never thrown.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public sealed class STD0020UnreadableSourceTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "standards-std0020-" + Guid.NewGuid().ToString("N"));

        public STD0020UnreadableSourceTests()
        {
            TestFiles.CopyDirectory(Path.Combine(ReferenceRulebookTests.RepositoryRoot(), "rules"), _folder);
        }

        [Fact]
        public void A_dangling_symbolic_link_is_reported_at_the_link()
        {
            File.CreateSymbolicLink(Path.Combine(_folder, "standards", "x.yaml"), Path.Combine(_folder, "nowhere.yaml"));

            var problem = Assert.Single(Read(), d => d.Id == "STD0020");

            Assert.Equal("rules/standards/x.yaml(1,1): error STD0020: the file is a symbolic link whose target does not exist; fix or remove the link", problem.ToString());
        }

        [Fact]
        public void A_symbolic_link_loop_is_reported_with_the_system_reason()
        {
            File.CreateSymbolicLink(Path.Combine(_folder, "standards", "loop.yaml"), "loop.yaml");

            var problem = Assert.Single(Read(), d => d.Id == "STD0020");

            Assert.Equal("rules/standards/loop.yaml", problem.Span.Path);
            Assert.StartsWith("the file cannot be read: ", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_folder_is_reported_once_without_a_missing_manifest()
        {
            var diagnostics = RulebookLoader.Load(RuleSourceReader.ReadDirectory(Path.Combine(_folder, "absent"), "absent"), Schema).Diagnostics;

            Assert.Equal("absent(1,1): error STD0020: the rules folder `absent` does not exist", Assert.Single(diagnostics).ToString());
        }

        [Fact]
        public void A_file_that_cannot_be_opened_is_reported_and_the_other_files_still_load()
        {
            var file = Path.Combine(_folder, "standards", "P2.1-assessment.yaml");
            File.SetUnixFileMode(file, UnixFileMode.None);
            bool rootReadsAnyway = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

            var diagnostics = Read();

            // Root reads a mode-000 file regardless, so there the same file must simply load.
            if (rootReadsAnyway) Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            else Assert.Equal("rules/standards/P2.1-assessment.yaml(1,1): error STD0020: the file cannot be opened: permission denied; make it readable or move it out of the rules folder", Assert.Single(diagnostics).ToString());
        }

        [Fact]
        public void A_folder_named_like_a_rule_file_is_not_read()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "standards", "folder.yaml"));

            Assert.DoesNotContain(Read(), d => d.Severity == DiagnosticSeverity.Error);
        }

        public void Dispose() => Directory.Delete(_folder, true);

        private static readonly Standards.Rules.Facts.IFactSchema Schema = new Standards.Rules.Facts.ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence));

        private System.Collections.Generic.IReadOnlyList<Diagnostic> Read() =>
            RulebookLoader.Load(RuleSourceReader.ReadDirectory(_folder, "rules"), Schema).Diagnostics.ToList();
    }
}
