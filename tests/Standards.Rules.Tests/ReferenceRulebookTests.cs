using System;
using System.IO;
using System.Linq;
using Standards.Rules.Facts;
using Standards.Rules.Loading;
using Standards.Rules.Model;
using Xunit;

namespace Standards.Rules.Tests
{
    /// <summary>
    /// The repository's reference rulebook (<c>rules/</c>) loads cleanly against the engine's evidence contract,
    /// and holds exactly the acceptance figures: 7 standards, 22 key questions, 80 prompts and 76 characteristics
    /// (70 supporting a grade, 6 caps). Change the figures here only when the rulebook is meant to change.
    /// </summary>
    public class ReferenceRulebookTests
    {
        private const int StandardCount = 7;
        private const int KeyQuestionCount = 22;
        private const int PromptCount = 80;
        private const int SupportingCharacteristics = 70;
        private const int CappingCharacteristics = 8;
        private const int ExampleCaseCount = 57;

        private static readonly Lazy<RulebookLoadResult> Loaded = new Lazy<RulebookLoadResult>(() =>
            RulebookLoader.Load(
                RuleSourceReader.ReadDirectory(Path.Combine(RepositoryRoot(), "rules"), "rules"),
                new ReflectionFactSchema(typeof(Standards.Engine.Facts.PduEvidence))));

        /// <summary>The folder holding <c>Standards.sln</c>, found by walking up from the test binaries.</summary>
        public static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Standards.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("Standards.sln not found above " + AppContext.BaseDirectory);
        }

        private static Rulebook Rulebook => Loaded.Value.Rulebook ?? throw new InvalidOperationException("the reference rulebook did not load");

        [Fact]
        public void LoadsWithNoDiagnosticsOfAnySeverity()
        {
            Assert.Equal(Array.Empty<string>(), Loaded.Value.Diagnostics.Select(d => d.ToString()).ToArray());
            Assert.NotNull(Loaded.Value.Rulebook);
        }

        [Fact]
        public void HasTheSevenStandards()
        {
            Assert.Equal(StandardCount, Rulebook.Standards.Count);
            Assert.Equal(new[] { "P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P2.4" }, Rulebook.Standards.Select(s => s.Id).ToArray());
        }

        [Fact]
        public void HasTheExpectedNumberOfKeyQuestions()
        {
            Assert.Equal(KeyQuestionCount, Rulebook.Standards.Sum(s => s.KeyQuestions.Count));
        }

        [Fact]
        public void HasTheExpectedNumberOfPrompts()
        {
            Assert.Equal(PromptCount, Rulebook.Standards.SelectMany(s => s.KeyQuestions).Sum(k => k.Prompts.Count));
        }

        [Fact]
        public void HasTheExpectedNumberOfSupportingAndCappingCharacteristics()
        {
            Assert.Equal(SupportingCharacteristics, Rulebook.Characteristics.Count(c => c.Role == CharacteristicRole.Supports));
            Assert.Equal(CappingCharacteristics, Rulebook.Characteristics.Count(c => c.Role == CharacteristicRole.Caps));
            Assert.Equal(SupportingCharacteristics + CappingCharacteristics, Rulebook.Characteristics.Count());
        }

        [Fact]
        public void HasTheExpectedNumberOfExampleCases()
        {
            Assert.Equal(ExampleCaseCount, Rulebook.Examples.Count);
        }

        [Fact]
        public void DomainOneIsRatedByCharacteristicsAndDomainTwoByLowestKeyQuestion()
        {
            Assert.All(Rulebook.Standards.Where(s => s.Domain == 1), s => Assert.Equal(RatingMethod.Characteristics, s.Method));
            Assert.All(Rulebook.Standards.Where(s => s.Domain == 2), s =>
            {
                Assert.Equal(RatingMethod.LowestKeyQuestion, s.Method);
                Assert.All(s.KeyQuestions, k => Assert.NotNull(k.Measure));
            });
        }

        [Fact]
        public void P123_HasPromptsAToGWithPromptCVerbatimFromTheSeeds()
        {
            var keyQuestion = Rulebook.FindStandard("P1.2")!.KeyQuestions.Single(k => k.Id == "P1.2.3");

            Assert.Equal(new[] { "a", "b", "c", "d", "e", "f", "g" }, keyQuestion.Prompts.Select(p => p.Letter).ToArray());
            Assert.Equal(
                "Are there effective management oversight arrangements that enhance and sustain the quality of work with people on probation?",
                keyQuestion.Prompts.Single(p => p.Letter == "c").Text);
        }
    }
}
