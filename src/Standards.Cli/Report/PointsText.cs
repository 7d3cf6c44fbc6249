namespace Standards.Cli.Report
{
    /// <summary>Points in words: "1 point", "2 points", "3 to 7 points".</summary>
    internal static class PointsText
    {
        public static string Describe(int lowest, int highest) =>
            lowest == highest ? One(lowest) : $"{lowest} to {highest} points";

        private static string One(int points) => points == 1 ? "1 point" : $"{points} points";
    }
}
