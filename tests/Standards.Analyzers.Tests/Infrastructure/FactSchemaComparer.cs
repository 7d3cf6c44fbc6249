using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Facts;
using Xunit;

namespace Standards.Analyzers.Tests.Infrastructure
{
    /// <summary>Asserts that two evidence contracts are the same, field by field, through every record and list.</summary>
    internal static class FactSchemaComparer
    {
        /// <summary>Fails with the dotted path of the first difference.</summary>
        public static void AssertSame(FactType expected, FactType actual) =>
            Compare(expected, actual, "(root)", new HashSet<FactType>());

        /// <summary>Counts the fields reachable from <paramref name="type"/>, each type once.</summary>
        public static int CountMembers(FactType type, HashSet<FactType>? seen = null)
        {
            seen ??= new HashSet<FactType>();
            if (!seen.Add(type)) return 0;
            return type.Members.Count + type.Members.Where(m => m.ElementType != null).Sum(m => CountMembers(m.ElementType!, seen));
        }

        private static void Compare(FactType expected, FactType actual, string path, HashSet<FactType> seen)
        {
            if (!seen.Add(expected)) return;
            Assert.True(expected.Name == actual.Name, $"{path}: type name `{actual.Name}`, expected `{expected.Name}`");
            Assert.True(expected.ClrName == actual.ClrName, $"{path}: CLR name `{actual.ClrName}`, expected `{expected.ClrName}`");
            Assert.True(
                expected.Members.Select(m => m.Name).SequenceEqual(actual.Members.Select(m => m.Name)),
                $"{path}: members [{string.Join(", ", actual.Members.Select(m => m.Name))}], expected [{string.Join(", ", expected.Members.Select(m => m.Name))}]");
            for (int i = 0; i < expected.Members.Count; i++)
            {
                var e = expected.Members[i];
                var a = actual.Members[i];
                var at = path == "(root)" ? e.Name : path + "." + e.Name;
                Assert.True(e.ClrName == a.ClrName, $"{at}: CLR name `{a.ClrName}`, expected `{e.ClrName}`");
                Assert.True(e.Kind == a.Kind, $"{at}: kind {a.Kind}, expected {e.Kind}");
                Assert.True(e.Unit == a.Unit, $"{at}: unit {a.Unit}, expected {e.Unit}");
                Assert.True(e.Min == a.Min, $"{at}: min {a.Min}, expected {e.Min}");
                Assert.True(e.Max == a.Max, $"{at}: max {a.Max}, expected {e.Max}");
                Assert.True(e.Description == a.Description, $"{at}: description `{a.Description}`, expected `{e.Description}`");
                Assert.True(e.AllowedValues.SequenceEqual(a.AllowedValues), $"{at}: allowed [{string.Join("|", a.AllowedValues)}], expected [{string.Join("|", e.AllowedValues)}]");
                Assert.True((e.ElementType is null) == (a.ElementType is null), $"{at}: element type presence differs");
                if (e.ElementType != null) Compare(e.ElementType, a.ElementType!, at, seen);
            }
        }
    }
}
