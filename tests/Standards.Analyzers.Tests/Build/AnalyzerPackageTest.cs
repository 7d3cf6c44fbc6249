using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Standards.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Standards.Analyzers.Tests.Build
{
    /// <summary>
    /// The NuGet package works on its own: it carries the analyzer with Standards.Rules.dll and YamlDotNet.dll
    /// under analyzers/dotnet/cs, wires itself in through build/ (rules/**/*.yaml become AdditionalFiles without a
    /// hand-written item), and a clean project that only references the package gets STD errors from its rule
    /// files at build time.
    /// </summary>
    [Collection(BuildCollection.Name)]
    [Trait("Category", "Build")]
    public sealed class AnalyzerPackageTest
    {
        [Fact]
        public async Task The_package_carries_its_dependencies_and_fails_a_consumer_build_on_a_bad_rule_file()
        {
            using var root = new TemporaryDirectory("package");
            RepositoryCopy.Copy(root.Combine("repo"), "src/Standards.Rules", "src/Standards.Analyzers", "docs/diagnostics", "Directory.Build.props", "Directory.Packages.props", "global.json");

            // A version no registry has, so restore can only find this build of the package.
            var version = "0.0.0-test." + Guid.NewGuid().ToString("N").Substring(0, 12);
            var feed = root.Combine("feed");
            var pack = await DotnetCli.RunAsync(root.Combine("repo"),
                new[] { "pack", "src/Standards.Analyzers", "-c", "Release", "-o", feed, "-p:Version=" + version, "--disable-build-servers", "-p:UseSharedCompilation=false", "-nologo" });
            Assert.True(pack.ExitCode == 0, "pack failed:" + Environment.NewLine + pack.Tail());

            var package = Path.Combine(feed, $"Standards.Analyzers.{version}.nupkg");
            using (var zip = ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("analyzers/dotnet/cs/Standards.Analyzers.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Standards.Rules.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
                Assert.Contains("build/Standards.Analyzers.props", entries);
                Assert.Contains("build/Standards.Analyzers.targets", entries);
                Assert.Contains("docs/diagnostics/STD1003.md", entries);
            }

            // The consumer: outside the repository copy (no Directory.*.props), its own package folder, and a
            // nuget.config that adds the local feed to the machine's sources.
            var rulesAssembly = root.Combine("repo/src/Standards.Rules/bin/Release/netstandard2.0/Standards.Rules.dll");
            Assert.True(File.Exists(rulesAssembly), "pack should have built " + rulesAssembly);
            root.Write("consumer/nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="standards-local-feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            root.Write("consumer/Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <WarningsAsErrors>$(WarningsAsErrors);CS8032;CS9057;AD0001</WarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Standards.Analyzers" Version="{version}" />
                    <!-- The attributes [EvidenceRoot] and [FactMember]; the analyzer package is build-time only. -->
                    <Reference Include="Standards.Rules" HintPath="{rulesAssembly}" />
                    <!-- No AdditionalFiles item: the package's build/ files add rules/**/*.yaml. -->
                  </ItemGroup>
                </Project>
                """);
            ConsumerProject.WriteSources(root, "consumer");
            root.Write("consumer/" + ConsumerProject.BadFile, ConsumerProject.BadStandard);

            var build = await DotnetCli.RunAsync(root.Combine("consumer"),
                new[] { "build", "Consumer.csproj", "--disable-build-servers", "-p:UseSharedCompilation=false", "-nologo", "-v:q", "-clp:NoSummary" },
                environment: new[] { ("NUGET_PACKAGES", root.Combine("packages")) });

            var output = build.Output.Replace(Path.DirectorySeparatorChar, '/');
            Assert.True(build.ExitCode != 0, "the bad rule file should fail the consumer build:" + Environment.NewLine + build.Tail());
            Assert.Contains(ConsumerProject.BadFile + ConsumerProject.BadPosition + ": error STD1003", output);
            Assert.DoesNotContain("CS8032", output);
            Assert.DoesNotContain("CS9057", output);
            Assert.True(Directory.Exists(root.Combine("packages/standards.analyzers/" + version)), "the package should come from the local feed into the test's own package folder");
        }
    }
}
