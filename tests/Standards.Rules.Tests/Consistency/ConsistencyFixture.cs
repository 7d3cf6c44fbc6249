using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Standards.Rules.Diagnostics;
using Standards.Rules.Facts;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    /// <summary>Loads small in-memory rulebooks (the reference manifest plus one standard file) for the STD2xxx tests.</summary>
    internal static class ConsistencyFixture
    {
        public const string StandardPath = "rules/p1.2.yaml";

        public const string Manifest = """
            rulebook:
              id: test
              title: Test rulebook
              version: 1.0.0
              effective: 2026-04-01
            scale:
              - grade: inadequate
                label: Inadequate
                points: 0
              - grade: requires_improvement
                label: Requires improvement
                points: 1
              - grade: good
                label: Good
                points: 2
              - grade: outstanding
                label: Outstanding
                points: 3
            overall:
              - grade: inadequate
                from: 0
                to: 0
              - grade: requires_improvement
                from: 1
                to: 1
              - grade: good
                from: 2
                to: 2
              - grade: outstanding
                from: 3
                to: 3
            case_sample_bands:
              - grade: outstanding
                at_least: 80%
              - grade: good
                at_least: 65%
              - grade: requires_improvement
                at_least: 50%
              - grade: inadequate
                at_least: 0%
            """;

        /// <summary>
        /// The header <see cref="Standard"/> writes: lines 1-10, with one key question, P1.2.1, whose id is on
        /// line 8, column 9. Characteristic i (from 0) then takes lines 11+5i to 15+5i: id, key_question,
        /// supports/caps on line 13+5i, when on line 14+5i (the condition starts at column 11), reason.
        /// </summary>
        public const string Header = """
            standard:
              id: P1.2
              title: Staffing
              domain: 1
              statement: Staff are enabled to deliver a high-quality service.
              method: characteristics
            key_questions:
              - id: P1.2.1
                question: Do staffing and workload levels support delivery?
            characteristics:
            """;

        /// <summary>The column where every condition written by <see cref="Characteristic"/> starts.</summary>
        public const int WhenColumn = 11;

        /// <summary>The line of the condition of characteristic <paramref name="index"/> (from 0) in a <see cref="Standard"/>.</summary>
        public static int WhenLine(int index) => 14 + 5 * index;

        /// <summary>The line of the supports/caps grade of characteristic <paramref name="index"/> (from 0) in a <see cref="Standard"/>.</summary>
        public static int GradeLine(int index) => 13 + 5 * index;

        /// <summary>One characteristic of key question P1.2.1: <paramref name="role"/> is such as <c>supports: good</c> or <c>caps: inadequate</c>.</summary>
        public static string Characteristic(string id, string role, string when, string keyQuestion = "P1.2.1") =>
            $"  - id: {id}\n    key_question: {keyQuestion}\n    {role}\n    when: {when}\n    reason: Test reason.\n";

        /// <summary>A standard file: <see cref="Header"/> then the characteristics in order.</summary>
        public static string Standard(params string[] characteristics) => Header + "\n" + string.Concat(characteristics);

        public static IFactSchema Schema { get; } = new ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence));

        /// <summary>Loads the manifest and <paramref name="standardYaml"/> as <see cref="StandardPath"/>.</summary>
        public static RulebookLoadResult Load(string standardYaml) =>
            RulebookLoader.Load(new[]
            {
                new RuleSource("rules/rulebook.yaml", Encoding.UTF8.GetBytes(Manifest)),
                new RuleSource(StandardPath, Encoding.UTF8.GetBytes(standardYaml)),
            }, Schema);

        /// <summary>The diagnostics with <paramref name="id"/>, after checking the file had no other errors.</summary>
        public static IReadOnlyList<Diagnostic> Found(string standardYaml, string id)
        {
            var result = Load(standardYaml);
            var unexpectedErrors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("STD2", StringComparison.Ordinal)).ToList();
            Assert.True(unexpectedErrors.Count == 0, "the test rulebook should load: " + string.Join("; ", unexpectedErrors));
            return result.Diagnostics.Where(d => d.Id == id).ToList();
        }

        /// <summary>All STD2xxx diagnostics of a standard file.</summary>
        public static IReadOnlyList<Diagnostic> ConsistencyDiagnostics(string standardYaml) =>
            Load(standardYaml).Diagnostics.Where(d => d.Id.StartsWith("STD2", StringComparison.Ordinal)).ToList();

        /// <summary>Asserts the single diagnostic with <paramref name="id"/> is at the given line and column.</summary>
        public static Diagnostic AssertSingle(string standardYaml, string id, int line, int column)
        {
            var found = Found(standardYaml, id);
            Assert.True(found.Count == 1, $"expected one {id}, got: " + string.Join("; ", ConsistencyDiagnostics(standardYaml)));
            var diagnostic = found[0];
            Assert.Equal(StandardPath, diagnostic.Span.Path);
            Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
            return diagnostic;
        }

        /// <summary>The repository root: the folder holding Standards.sln above the test binaries.</summary>
        public static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Standards.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Standards.sln not found above " + AppContext.BaseDirectory);
        }
    
        /// <summary>Binds a condition against the evidence contract; the test fails when it does not bind.</summary>
        public static Standards.Rules.Binding.BoundExpr Bind(Standards.Rules.Expressions.Expr condition)
        {
            var bag = new DiagnosticBag();
            var bound = Standards.Rules.Binding.ExpressionBinder.BindCondition(condition, Schema.Root, bag);
            Assert.True(bound != null, $"`{condition}` did not bind: {string.Join("; ", bag.ToSortedList())}");
            return bound!;
        }
}
}
