using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Build
{
    /// <summary>
    /// The scenario the analyzer exists for: a developer renames a C# fact property that the rulebook reads.
    /// Building Standards.Engine then fails with STD1003 at each rule that still uses the old name, with a
    /// "did you mean" naming the new one.
    /// </summary>
    [Collection(BuildCollection.Name)]
    [Trait("Category", "Build")]
    public sealed class RenameFactPropertyBuildTest
    {
        private const string OldPath = "case_sample.oversight_sufficient_percent";

        [Fact]
        public async Task Renaming_a_fact_property_fails_the_engine_build_at_each_rule_that_reads_it()
        {
            using var root = new TemporaryDirectory("rename");
            RepositoryCopy.Copy(root.Path, "src", "rules", "Directory.Build.props", "Directory.Packages.props", "global.json");

            // The rename an IDE would do: the property and every C# use of it.
            foreach (var file in Directory.GetFiles(root.Combine("src"), "*.cs", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                if (text.Contains("OversightSufficientPercent", StringComparison.Ordinal))
                {
                    File.WriteAllText(file, text.Replace("OversightSufficientPercent", "OversightAdequatePercent", StringComparison.Ordinal));
                }
            }

            var expected = FindUses(root);
            Assert.NotEmpty(expected);

            var result = await DotnetCli.BuildAsync(root.Path, "src/Standards.Engine");

            var output = result.Output.Replace(Path.DirectorySeparatorChar, '/');
            Assert.True(result.ExitCode != 0, "the build should fail after the rename:" + Environment.NewLine + result.Tail());
            foreach (var position in expected)
            {
                Assert.True(output.Contains(position + ": error STD1003", StringComparison.Ordinal),
                    $"expected `{position}: error STD1003` in:{Environment.NewLine}{result.Tail()}");
            }

            Assert.Contains("did you mean `oversight_adequate_percent`?", output);
        }

        /// <summary>Every use of the old path in the copied rules, as <c>rules/file.yaml(line,column)</c> of its last segment.</summary>
        private static List<string> FindUses(TemporaryDirectory root)
        {
            var uses = new List<string>();
            var rules = root.Combine("rules");
            foreach (var file in Directory.GetFiles(rules, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = "rules/" + Path.GetRelativePath(rules, file).Replace(Path.DirectorySeparatorChar, '/');
                var lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    var comment = lines[i].IndexOf('#');
                    for (int at = lines[i].IndexOf(OldPath, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(OldPath, at + 1, StringComparison.Ordinal))
                    {
                        if (comment >= 0 && comment < at) break;
                        var column = at + "case_sample.".Length + 1;
                        uses.Add($"{relative}({i + 1},{column})");
                    }
                }
            }

            return uses;
        }
    }
}
