using Standards.Cli.Report;
using Xunit;

namespace Standards.Cli.Tests.Report
{
    public class FigureTextTests
    {
        [Theory]
        [InlineData(79.99, "79.99%")]
        [InlineData(79.9999, "79.9999%")]
        [InlineData(58.34, "58.3%")]
        [InlineData(80, "80%")]
        [InlineData(64.96, "64.96%")]
        public void Never_rounds_a_figure_across_a_band_edge(double value, string expected)
        {
            Assert.Equal(expected, FigureText.Percent(value, new[] { 50.0, 65, 80 }));
        }

        [Theory]
        [InlineData(0, 0, "0 points")]
        [InlineData(1, 1, "1 point")]
        [InlineData(2, 2, "2 points")]
        [InlineData(1, 4, "1 to 4 points")]
        public void Writes_points_in_words(int low, int high, string expected)
        {
            Assert.Equal(expected, PointsText.Describe(low, high));
        }
    }
}
