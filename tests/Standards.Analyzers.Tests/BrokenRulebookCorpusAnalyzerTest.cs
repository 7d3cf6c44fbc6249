using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>
    /// The broken-rulebook corpus (tests/corpus) through the analyzer, against the real engine fact types. Together with
    /// the CLI's corpus test this proves `dotnet build` and `standards check` report the same diagnostics. Two ids are
    /// not expected here: STD2009 needs the engine, and STD0011 cannot reach an analyzer because Roslyn decodes
    /// AdditionalFiles (falling back to a legacy code page) before analyzers see them, so the invalid-encoding case is
    /// left out of this comparison.
    /// </summary>
    public sealed class BrokenRulebookCorpusAnalyzerTest
    {
        private static readonly string[] NotFromTheAnalyzer = { "STD2009" };
        private static readonly Lazy<CSharpCompilation> Facts = new(CompileFacts);

        public static IEnumerable<object[]> Cases() =>
            Directory.GetDirectories(RepositoryPaths.Combine("tests/corpus/broken"))
                .Where(d => !File.ReadAllText(Path.Combine(d, "expected.txt")).Contains("STD0011", StringComparison.Ordinal))
                .OrderBy(d => d, StringComparer.Ordinal)
                .Select(d => new object[] { Path.GetFileName(d) });

        [Fact]
        public void The_corpus_compared_here_has_at_least_thirty_rulebooks()
        {
            Assert.True(Cases().Count() >= 30);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task The_analyzer_reports_the_expected_diagnostics(string name)
        {
            var folder = RepositoryPaths.Combine("tests/corpus/broken/" + name);
            var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
                .Where(l => l.Length > 0 && !NotFromTheAnalyzer.Contains(l.Split(' ')[0]))
                .OrderBy(l => l, StringComparer.Ordinal).ToList();
            var root = "/corpus/" + name + "/rules/";
            var texts = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Select(f => (AdditionalText)new CorpusFile(root + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .ToImmutableArray();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new RuleFileAnalyzer());
            var diagnostics = await Facts.Value.WithAnalyzers(analyzers, new AnalyzerOptions(texts)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var actual = diagnostics
                .Select(d => d.Location.GetLineSpan())
                .Zip(diagnostics, (span, d) => $"{d.Id} {span.Path.Substring(root.Length)}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}")
                .OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }

        private static CSharpCompilation CompileFacts()
        {
            var trees = Directory.GetFiles(RepositoryPaths.Combine("src/Standards.Engine/Facts"), "*.cs")
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f));
            return CSharpCompilation.Create("CorpusFacts", trees, TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private sealed class CorpusFile : AdditionalText
        {
            private readonly byte[] _content;

            public CorpusFile(string path, byte[] content)
            {
                Path = path;
                _content = content;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) =>
                SourceText.From(_content, _content.Length, new UTF8Encoding(false, false), canBeEmbedded: false);
        }
    }
}
