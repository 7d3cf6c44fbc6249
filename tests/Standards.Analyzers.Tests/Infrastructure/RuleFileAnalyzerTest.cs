using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// An analyzer test whose compilation holds <see cref="TestFacts.Source"/> and references Standards.Rules,
    /// with the rule files as AdditionalFiles. Expected diagnostics are stated with
    /// <c>.WithLocation(file, line, column)</c> in the YAML.
    /// </summary>
    internal sealed class RuleFileAnalyzerTest : CSharpAnalyzerTest<RuleFileAnalyzer, DefaultVerifier>
    {
        public RuleFileAnalyzerTest(bool withFacts = true)
        {
            // No reference-assembly package: that would need a download. The installed pack is added instead.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            if (withFacts) TestState.Sources.Add(("/proj/Facts.cs", TestFacts.Source));
        }

        /// <summary>
        /// A diagnostic expected from the analyzer, by id and the catalog's severity. The message is checked only
        /// when the test adds <c>.WithMessage(...)</c>: the wording belongs to Standards.Rules' own tests.
        /// </summary>
        public static DiagnosticResult Diagnostic(string id)
        {
            var descriptor = System.Linq.Enumerable.Single(RuleDiagnosticDescriptors.All, d => d.Id == id);
            return new DiagnosticResult(id, descriptor.DefaultSeverity);
        }

        /// <summary>Runs the analyzer on the manifest plus one standard file, expecting <paramref name="expected"/>.</summary>
        public static System.Threading.Tasks.Task VerifyStandardAsync(string standard, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { (TestFacts.ManifestPath, TestFacts.Manifest), (TestFacts.StandardPath, standard) }, expected);

        /// <summary>Runs the analyzer on the given rule files, expecting <paramref name="expected"/>.</summary>
        public static System.Threading.Tasks.Task VerifyAsync((string Path, string Text)[] files, params DiagnosticResult[] expected)
        {
            var test = new RuleFileAnalyzerTest();
            foreach (var file in files) test.TestState.AdditionalFiles.Add(file);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
