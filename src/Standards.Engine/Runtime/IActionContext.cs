namespace Standards.Engine.Runtime
{
    /// <summary>What a rule action may do while it fires. Valid only during that action.</summary>
    public interface IActionContext
    {
        /// <summary>The id of the firing rule.</summary>
        string RuleId { get; }

        /// <summary>The firing rule.</summary>
        ProductionRule Rule { get; }

        /// <summary>
        /// Inserts a derived fact into working memory; it can activate any rule (including this one)
        /// once the action returns.
        /// </summary>
        /// <param name="fact">The fact.</param>
        /// <returns><see langword="false"/> when this very instance is already in working memory (no-op).</returns>
        bool Insert(object fact);
    }
}
