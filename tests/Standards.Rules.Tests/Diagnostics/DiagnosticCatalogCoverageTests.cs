using System;
using System.Linq;
using Standards.Rules.Diagnostics;
using Xunit;

namespace Standards.Rules.Tests.Diagnostics
{
    /// <summary>Every syntax and reference diagnostic has a test class named after its id, and ids are unique.</summary>
    public class DiagnosticCatalogCoverageTests
    {
        private static readonly string[] TestedPrefixes = { "STD0", "STD1" };

        public static TheoryData<string> TestedIds()
        {
            var data = new TheoryData<string>();
            foreach (var d in DiagnosticCatalog.All.Where(d => TestedPrefixes.Any(p => d.Id.StartsWith(p, StringComparison.Ordinal))))
            {
                data.Add(d.Id);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(TestedIds))]
        public void EachSyntaxAndReferenceId_HasATestClass(string id)
        {
            var classes = typeof(DiagnosticCatalogCoverageTests).Assembly.GetTypes()
                .Where(t => t.IsClass && t.IsPublic && t.Name.StartsWith(id, StringComparison.Ordinal))
                .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FactAttribute), true).Length > 0))
                .ToList();

            Assert.True(classes.Count > 0, $"no test class named {id}... with tests; add one in tests/Standards.Rules.Tests/Diagnostics");
        }

        [Fact]
        public void Catalog_HasEveryExpectedSyntaxAndReferenceId()
        {
            var expected = Enumerable.Range(1, 13).Select(n => $"STD{n:0000}")
                .Concat(Enumerable.Range(1, 10).Select(n => $"STD{1000 + n:0000}"));

            Assert.Subset(DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(), expected.ToHashSet());
        }

        [Fact]
        public void Ids_AreUnique()
        {
            var duplicates = DiagnosticCatalog.All.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

            Assert.Empty(duplicates);
        }

        [Fact]
        public void Ids_AreWellFormedAndInOrder()
        {
            var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

            Assert.All(ids, id => Assert.Matches("^STD[0-9]{4}$", id));
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
            Assert.All(DiagnosticCatalog.All, d => Assert.Same(d, DiagnosticCatalog.Find(d.Id)));
        }
    }
}
