using Standards.Cli.Report;
using Xunit;

namespace Standards.Cli.Tests.Report
{
    public class WilsonIntervalTests
    {
        [Theory]
        [InlineData(52, 45, 37.8, 65.9)]
        [InlineData(0, 20, 0, 16.1)]
        [InlineData(100, 20, 83.9, 100)]
        [InlineData(50, 1000, 46.9, 53.1)]
        public void Gives_the_wilson_score_interval(double percent, double n, double low, double high)
        {
            var interval = WilsonInterval.For(percent, n);
            Assert.Equal(low, interval.Low, 1);
            Assert.Equal(high, interval.High, 1);
        }

        [Fact]
        public void Is_wider_for_a_smaller_sample()
        {
            var small = WilsonInterval.For(60, 10);
            var large = WilsonInterval.For(60, 100);
            Assert.True(small.High - small.Low > large.High - large.Low);
        }
    }
}
