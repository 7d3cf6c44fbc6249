using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Rating;
using Standards.Rules.Binding;
using Standards.Rules.Expressions;
using Standards.Rules.Facts;
using Standards.Rules.Model;
using Standards.Rules.Text;
using Xunit;

namespace Standards.Engine.Tests.Rating
{
    public class RatingSemanticsTests
    {
        private static readonly GradeScale Scale = new(new[]
        {
            new Grade("inadequate", "Inadequate", 0, 0, SourceSpan.None),
            new Grade("requires_improvement", "Requires improvement", 1, 1, SourceSpan.None),
            new Grade("good", "Good", 2, 2, SourceSpan.None),
            new Grade("outstanding", "Outstanding", 3, 3, SourceSpan.None),
        });

        private static readonly Standard Standard = new("P1.2", "Staffing", "", 1, RatingMethod.Characteristics, new List<KeyQuestion>(), new List<Characteristic>(), SourceSpan.None);

        private static readonly KeyQuestion KeyQuestion = new("P1.2.1", "", new List<Prompt>(), null, SourceSpan.None);

        private static CharacteristicResult Result(string grade, bool? outcome, CharacteristicRole role = CharacteristicRole.Supports)
        {
            var condition = new BooleanLiteral(true, SourceSpan.None);
            var characteristic = new Characteristic("c-" + grade, "P1.2.1", role, grade, condition, "true", "", SourceSpan.None, SourceSpan.None);
            var bound = new BoundCharacteristic(Standard, KeyQuestion, characteristic, Scale[grade],
                new BoundLiteral(condition, FactKind.Boolean, FactUnit.None, false, true));
            return new CharacteristicResult(bound, outcome, null, null);
        }

        private static GradeRange Range(string low, string high) => new(Scale[low], Scale[high]);

        [Fact]
        public void The_ladder_is_cumulative_a_failed_lower_rung_stops_the_climb()
        {
            var judged = RatingSemantics.JudgeLadder(new[] { Result("requires_improvement", false), Result("good", true), Result("outstanding", true) }, Scale);
            Assert.Equal("inadequate", judged.ToIdText());
        }

        [Fact]
        public void Every_rung_held_reaches_the_top()
        {
            var judged = RatingSemantics.JudgeLadder(new[] { Result("requires_improvement", true), Result("good", true), Result("outstanding", true) }, Scale);
            Assert.Equal("outstanding", judged.ToIdText());
        }

        [Fact]
        public void An_unknown_rung_gives_a_range_from_below_it_to_as_high_as_the_rest_allow()
        {
            var judged = RatingSemantics.JudgeLadder(new[] { Result("requires_improvement", true), Result("good", null), Result("outstanding", false) }, Scale);
            Assert.Equal("requires_improvement to good", judged.ToIdText());
            Assert.Equal("Requires improvement or Good", judged.ToString());
        }

        [Fact]
        public void A_cap_that_holds_lowers_both_ends()
        {
            var rated = RatingSemantics.RateStandard(new[] { Range("good", "outstanding") }, new[] { Result("requires_improvement", true, CharacteristicRole.Caps) }, Scale, out var uncapped);
            Assert.Equal("requires_improvement", rated.ToIdText());
            Assert.Equal("good to outstanding", uncapped.ToIdText());
        }

        [Fact]
        public void A_cap_that_may_hold_lowers_only_the_low_end()
        {
            var rated = RatingSemantics.RateStandard(new[] { Range("good", "good") }, new[] { Result("inadequate", null, CharacteristicRole.Caps) }, Scale, out _);
            Assert.Equal("inadequate to good", rated.ToIdText());
        }

        [Fact]
        public void A_cap_that_does_not_hold_changes_nothing()
        {
            var rated = RatingSemantics.RateStandard(new[] { Range("good", "good") }, new[] { Result("inadequate", false, CharacteristicRole.Caps) }, Scale, out _);
            Assert.Equal("good", rated.ToIdText());
        }

        [Fact]
        public void The_standard_takes_its_lowest_key_question()
        {
            var rated = RatingSemantics.RateStandard(new[] { Range("good", "outstanding"), Range("requires_improvement", "good") }, new CharacteristicResult[0], Scale, out _);
            Assert.Equal("requires_improvement to good", rated.ToIdText());
        }

        [Theory]
        [InlineData(49.9, "inadequate")]
        [InlineData(50, "requires_improvement")]
        [InlineData(64.9, "requires_improvement")]
        [InlineData(65, "good")]
        [InlineData(79.9, "good")]
        [InlineData(80, "outstanding")]
        [InlineData(0, "inadequate")]
        [InlineData(100, "outstanding")]
        public void Domain_two_bands_at_80_65_50(double percent, string expected)
        {
            var bands = new[] { new PercentBand("outstanding", 80, SourceSpan.None), new PercentBand("good", 65, SourceSpan.None), new PercentBand("requires_improvement", 50, SourceSpan.None), new PercentBand("inadequate", 0, SourceSpan.None) };
            Assert.Equal(expected, RatingSemantics.BandMeasure(percent, bands, Scale).ToIdText());
            Assert.Equal("inadequate to outstanding", RatingSemantics.BandMeasure(null, bands, Scale).ToIdText());
        }

        [Theory]
        [InlineData(new[] { 0, 0, 0, 0, 0, 1, 2 }, "inadequate")]
        [InlineData(new[] { 0, 0, 0, 1, 1, 1, 1 }, "requires_improvement")]
        [InlineData(new[] { 1, 1, 2, 2, 2, 1, 1 }, "requires_improvement")]
        [InlineData(new[] { 2, 2, 2, 2, 2, 1, 0 }, "good")]
        [InlineData(new[] { 3, 3, 3, 2, 2, 2, 2 }, "good")]
        [InlineData(new[] { 3, 3, 3, 3, 2, 2, 2 }, "outstanding")]
        public void Overall_bands_by_points(int[] ranks, string expected)
        {
            var bands = new[] { new ScoreBand("inadequate", 0, 3, SourceSpan.None), new ScoreBand("requires_improvement", 4, 10, SourceSpan.None), new ScoreBand("good", 11, 17, SourceSpan.None), new ScoreBand("outstanding", 18, 21, SourceSpan.None) };
            var standards = ranks.Select(r => new GradeRange(Scale.Grades[r], Scale.Grades[r])).ToList();
            Assert.Equal(expected, RatingSemantics.RateOverall(standards, bands, Scale).Range.ToIdText());
        }
    }
}
