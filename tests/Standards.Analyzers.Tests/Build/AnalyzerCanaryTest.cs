using System.IO;
using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Build
{
    /// <summary>
    /// The canary: a real <c>dotnet build</c> of a small project that references the analyzer project as an
    /// analyzer. A clean rulebook builds, with the analyzer loaded (no CS8032/CS9057); a bad rule file fails the
    /// build with the STD id at its YAML position. If the analyzer silently stops loading, this test fails.
    /// </summary>
    [Collection(BuildCollection.Name)]
    [Trait("Category", "Build")]
    public sealed class AnalyzerCanaryTest
    {
        private const string ConsumerProjectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../src/Standards.Rules/Standards.Rules.csproj" />
                <ProjectReference Include="../src/Standards.Analyzers/Standards.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="rules/**/*.yaml" />
              </ItemGroup>
            </Project>
            """;

        [Fact]
        public async Task A_clean_rulebook_builds_and_a_bad_rule_file_fails_the_build_at_its_position()
        {
            using var root = new TemporaryDirectory("canary");
            RepositoryCopy.Copy(root.Path, "src/Standards.Rules", "src/Standards.Analyzers", "Directory.Build.props", "Directory.Packages.props", "global.json");
            root.Write("consumer/Consumer.csproj", ConsumerProjectFile);
            ConsumerProject.WriteSources(root, "consumer");

            var good = await DotnetCli.BuildAsync(root.Path, "consumer/Consumer.csproj");

            Assert.True(good.ExitCode == 0, "the clean rulebook should build:" + System.Environment.NewLine + good.Tail());
            Assert.DoesNotContain("CS9057", good.Output);
            Assert.DoesNotContain("CS8032", good.Output);
            Assert.DoesNotContain("AD0001", good.Output);

            root.Write("consumer/" + ConsumerProject.BadFile, ConsumerProject.BadStandard);
            var bad = await DotnetCli.BuildAsync(root.Path, "consumer/Consumer.csproj");

            Assert.True(bad.ExitCode != 0, "the bad rule file should fail the build:" + System.Environment.NewLine + bad.Tail());
            Assert.Contains(ConsumerProject.BadFile + ConsumerProject.BadPosition + ": error STD1003", bad.Output.Replace(Path.DirectorySeparatorChar, '/'));
            Assert.Contains("did you mean `oversight_sufficient_percent`", bad.Output);
        }
    }
}
