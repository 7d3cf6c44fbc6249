namespace Standards.Rules.Model
{
    /// <summary>What a characteristic does when its condition holds.</summary>
    public enum CharacteristicRole
    {
        /// <summary>It must hold for the key question to reach its grade (and any grade above).</summary>
        Supports,

        /// <summary>When it holds, the standard can be rated no higher than its grade.</summary>
        Caps,
    }
}
