using Standards.Rules.Consistency;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    public class IntervalTests
    {
        [Fact]
        public void Open_and_closed_ends_decide_whether_touching_intervals_meet()
        {
            Assert.True(Interval.AtLeast(50).Intersect(Interval.AtMost(50)).Equals(Interval.Point(50)));
            Assert.True(Interval.GreaterThan(50).Intersect(Interval.AtMost(50)).IsEmpty);
            Assert.True(Interval.AtLeast(50).Intersect(Interval.LessThan(50)).IsEmpty);
        }

        [Fact]
        public void Intersection_keeps_the_tighter_end_and_the_open_one_on_a_tie()
        {
            var both = Interval.AtLeast(10).Intersect(Interval.GreaterThan(10)).Intersect(Interval.AtMost(20));
            Assert.Equal(new Interval(10, true, 20, false), both);
            Assert.Equal("(10, 20]", both.ToString());
        }

        [Fact]
        public void Containment_respects_open_ends()
        {
            Assert.True(Interval.AtLeast(60).Contains(Interval.AtLeast(65)));
            Assert.False(Interval.AtLeast(65).Contains(Interval.AtLeast(60)));
            Assert.True(Interval.AtLeast(60).Contains(Interval.GreaterThan(60)));
            Assert.False(Interval.GreaterThan(60).Contains(Interval.AtLeast(60)));
            Assert.True(Interval.Closed(0, 100).Contains(Interval.Empty));
            Assert.False(Interval.Empty.Contains(Interval.Point(1)));
        }

        [Fact]
        public void Whole_numbers_turn_open_ends_into_closed_ones()
        {
            Assert.Equal(Interval.AtLeast(1), Interval.GreaterThan(0).ToWholeNumbers());
            Assert.Equal(Interval.AtMost(2), Interval.LessThan(3).ToWholeNumbers());
            Assert.Equal(Interval.Closed(1, 2), new Interval(0.5, false, 2.5, true).ToWholeNumbers());
            Assert.True(new Interval(2, true, 3, true).ToWholeNumbers().IsEmpty);
        }

        [Fact]
        public void Infinite_ends_are_open_and_all_empty_intervals_are_equal()
        {
            Assert.True(Interval.All.LowOpen && Interval.All.HighOpen);
            Assert.False(Interval.All.HasLow);
            Assert.Equal(Interval.Empty, Interval.Closed(5, 4));
            Assert.Equal("{}", Interval.Closed(5, 4).ToString());
            Assert.Equal("(-inf, 28)", Interval.LessThan(28).ToString());
        }
    }
}
