namespace Standards.Rules.Facts
{
    /// <summary>
    /// Supplies the evidence contract that rule paths are resolved against. The CLI and engine build it by
    /// reflection over the C# fact types; the analyzer builds it from the compilation's Roslyn symbols.
    /// </summary>
    public interface IFactSchema
    {
        /// <summary>The top level of a PDU's evidence.</summary>
        FactType Root { get; }
    }
}
