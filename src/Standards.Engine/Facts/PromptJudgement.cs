using Standards.Rules.Facts;

namespace Standards.Engine.Facts
{
    /// <summary>An inspector's judgement on one lettered prompt.</summary>
    public sealed class PromptJudgement
    {
        [FactMember(Description = "The prompt, such as P1.1.1a.")]
        public string? Prompt { get; set; }

        [FactMember(Description = "The key question the prompt belongs to, such as P1.1.1.")]
        public string? KeyQuestion { get; set; }

        [FactMember(Description = "Whether the prompt was met.")]
        public bool? Met { get; set; }
    }
}
