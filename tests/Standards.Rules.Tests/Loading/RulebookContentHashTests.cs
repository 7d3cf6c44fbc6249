using System;
using System.IO;
using System.Linq;
using Standards.Engine;
using Standards.Rules.Facts;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Rules.Tests.Loading
{
    /// <summary>
    /// One rulebook, one hash: the content hash covers each file's path inside the rulebook and its bytes, so
    /// the folder's name, where it lives and the order the files come in do not change it; one byte does.
    /// </summary>
    public sealed class RulebookContentHashTests : IDisposable
    {
        private static readonly IFactSchema Schema = new ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence));
        private readonly string _rules = Path.Combine(ReferenceRulebookTests.RepositoryRoot(), "rules");
        private readonly string _copy = Path.Combine(Path.GetTempPath(), "standards-hash-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public void The_same_rules_reached_through_different_paths_have_one_hash()
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, _rules);
            var hashes = new[]
            {
                HashOf(_rules),
                HashOf(_rules + "/"),
                HashOf(relative),
                HashOf("./" + relative + "/"),
                HashOf(Path.Combine(_rules, "standards", "..")),
                Hash(RuleSourceReader.ReadDirectory(_rules, "rules")),
                Hash(RuleSourceReader.ReadDirectory(_rules, string.Empty)),
            };

            Assert.Single(hashes.Distinct());
        }

        [Fact]
        public void A_copy_elsewhere_and_the_embedded_rulebook_have_the_same_hash()
        {
            TestFiles.CopyDirectory(_rules, _copy);

            Assert.Equal(HashOf(_rules), HashOf(_copy));
            Assert.Equal(HashOf(_rules), Hash(DefaultRulebook.Sources()));
        }

        [Fact]
        public void Files_listed_in_another_order_or_with_backslashes_have_the_same_hash()
        {
            var sources = RuleSourceReader.ReadDirectory(_rules);
            var backslashed = sources.Select(s => new RuleSource(s.Path, s.Content, ".\\" + s.RulebookPath.Replace('/', '\\'))).ToList();

            Assert.Equal(Hash(sources), Hash(sources.Reverse().ToList()));
            Assert.Equal(Hash(sources), Hash(backslashed));
        }

        [Fact]
        public void A_one_byte_edit_or_a_renamed_file_gives_another_hash()
        {
            TestFiles.CopyDirectory(_rules, _copy);
            var before = HashOf(_copy);
            var file = Path.Combine(_copy, "standards", "P2.1-assessment.yaml");
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length - 2] ^= 0x01;
            File.WriteAllBytes(file, bytes);
            var edited = HashOf(_copy);
            bytes[bytes.Length - 2] ^= 0x01;
            File.WriteAllBytes(file, bytes);
            File.Move(Path.Combine(_copy, "examples", "domain-two-bands.yaml"), Path.Combine(_copy, "examples", "domain-two-bands-renamed.yaml"));

            Assert.NotEqual(before, edited);
            Assert.NotEqual(before, HashOf(_copy));
        }

        public void Dispose()
        {
            if (Directory.Exists(_copy)) Directory.Delete(_copy, true);
        }

        private static string HashOf(string folder) => Hash(RuleSourceReader.ReadDirectory(folder));

        private static string Hash(System.Collections.Generic.IReadOnlyList<RuleSource> sources) =>
            RulebookLoader.Load(sources, Schema).Rulebook!.ContentHash;
    }
}
