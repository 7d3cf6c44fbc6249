namespace Standards.Engine.Presentation
{
    /// <summary>The one way a three-valued outcome is shown: "held", "did not hold" or "unknown".</summary>
    public static class OutcomeText
    {
        /// <summary>Words for <paramref name="outcome"/>.</summary>
        public static string Of(bool? outcome) => outcome == true ? "held" : outcome == false ? "did not hold" : "unknown";
    }
}
