using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Standards.Analyzers.Tests.Infrastructure;
using Standards.Engine.Facts;
using Standards.Rules.Facts;
using Xunit;

namespace Standards.Analyzers.Tests
{
    /// <summary>
    /// The analyzer's evidence contract, read from Roslyn symbols, is the same as the one the CLI and engine read by
    /// reflection: rule files are checked against exactly the contract they will be run against.
    /// </summary>
    public sealed class RoslynFactSchemaTest
    {
        [Fact]
        public void The_engine_fact_types_give_the_same_contract_as_reflection()
        {
            var sources = Directory.GetFiles(RepositoryPaths.Combine("src/Standards.Engine/Facts"), "*.cs")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), path: p));
            var compilation = Compile(sources);

            var roslyn = RoslynFactSchema.TryCreate(compilation);
            var reflection = new ReflectionFactSchema(typeof(PduEvidence));

            Assert.NotNull(roslyn);
            FactSchemaComparer.AssertSame(reflection.Root, roslyn!.Root);
            Assert.True(FactSchemaComparer.CountMembers(roslyn.Root) > 50, "the engine contract should have been walked in full");
        }

        [Fact]
        public void Every_type_shape_maps_as_reflection_maps_it()
        {
            // One compilation, read both ways: by Roslyn, and by reflection after emitting and loading it.
            const string source = """
                using System;
                using System.Collections.Generic;
                using Standards.Rules.Facts;

                namespace Shapes
                {
                    [EvidenceRoot]
                    public sealed class Root
                    {
                        [FactMember(Name = "flag")] public bool IsFlagged { get; set; }
                        [FactMember(FactUnit.Count, Min = 0)] public int? Count { get; set; }
                        [FactMember(FactUnit.Days, Max = 365)] public long Days { get; set; }
                        [FactMember(FactUnit.Fte, Min = 0.5, Max = 9.75)] public decimal Fte { get; set; }
                        [FactMember(FactUnit.Percent, Min = 0, Max = 100, Description = "A share.")] public double? PoVacancyRate { get; set; }
                        [FactMember(Allowed = "PO|PSO|PQiP")] public string? Grade { get; set; }
                        [FactMember] public DateTime? When { get; set; }
                        [FactMember] public DateOnly Day { get; set; }
                        [FactMember] public Outer.Inner? Nested { get; set; }
                        [FactMember] public Item[]? Array { get; set; }
                        [FactMember] public List<Item>? List { get; set; }
                        [FactMember] public Root? Self { get; set; }
                        public double NotAFact { get; set; }
                        [FactMember] internal double Hidden { get; set; }
                        [FactMember] public static double Shared { get; set; }
                    }

                    public class Base
                    {
                        [FactMember(FactUnit.Ratio)] public virtual double Span { get; set; }
                        [FactMember] public bool Inherited { get; set; }
                    }

                    public sealed class Item : Base
                    {
                        public override double Span { get; set; }
                        [FactMember(FactUnit.Number)] public float Odd { get; set; }
                    }

                    public static class Outer
                    {
                        public sealed class Inner
                        {
                            [FactMember] public string? Note { get; set; }
                        }
                    }
                }
                """;
            var compilation = Compile(new[] { CSharpSyntaxTree.ParseText(source) });
            var rootType = EmitAndLoad(compilation).GetType("Shapes.Root", throwOnError: true)!;

            var roslyn = RoslynFactSchema.TryCreate(compilation);
            var reflection = new ReflectionFactSchema(rootType);

            Assert.NotNull(roslyn);
            FactSchemaComparer.AssertSame(reflection.Root, roslyn!.Root);
            Assert.Equal(
                new[] { "flag", "count", "days", "fte", "po_vacancy_rate", "grade", "when", "day", "nested", "array", "list", "self" },
                roslyn.Root.Members.Select(m => m.Name));
        }

        [Fact]
        public void A_compilation_without_an_evidence_root_has_no_schema()
        {
            var compilation = Compile(new[] { CSharpSyntaxTree.ParseText("namespace Plain { public sealed class Thing { } }") });

            Assert.Null(RoslynFactSchema.TryCreate(compilation));
        }

        private static CSharpCompilation Compile(System.Collections.Generic.IEnumerable<SyntaxTree> trees)
        {
            var compilation = CSharpCompilation.Create(
                "Facts" + Guid.NewGuid().ToString("N"),
                trees,
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            return compilation;
        }

        private static Assembly EmitAndLoad(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            stream.Position = 0;
            return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
        }
    }
}
