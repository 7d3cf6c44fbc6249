namespace Standards.Rules.Model
{
    /// <summary>How a standard's rating is derived.</summary>
    public enum RatingMethod
    {
        /// <summary>Domain one: key questions from their characteristics, the standard from its lowest key question, then caps.</summary>
        Characteristics,

        /// <summary>Domain two: the lowest key question percentage, banded by the manifest's case-sample bands.</summary>
        LowestKeyQuestion,
    }
}
