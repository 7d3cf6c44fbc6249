namespace Standards.Engine.Runtime
{
    /// <summary>Addresses one pattern of one rule in a compiled rule set.</summary>
    /// <param name="RuleIndex">Declaration index of the rule.</param>
    /// <param name="PatternIndex">Index of the pattern within the rule.</param>
    internal readonly record struct PatternRef(int RuleIndex, int PatternIndex);
}
