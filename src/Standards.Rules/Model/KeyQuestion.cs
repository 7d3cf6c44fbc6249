using System.Collections.Generic;
using Standards.Rules.Expressions;
using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A numbered key question of a standard, such as P1.2.3.</summary>
    public sealed class KeyQuestion
    {
        public KeyQuestion(string id, string question, IReadOnlyList<Prompt> prompts, Expr? measure, SourceSpan span)
        {
            Id = id;
            Question = question;
            Prompts = prompts;
            Measure = measure;
            Span = span;
        }

        /// <summary>The id, such as <c>P1.2.3</c>.</summary>
        public string Id { get; }

        /// <summary>The question text.</summary>
        public string Question { get; }

        /// <summary>The lettered prompts.</summary>
        public IReadOnlyList<Prompt> Prompts { get; }

        /// <summary>For domain-two standards: the percentage of sampled cases judged sufficient.</summary>
        public Expr? Measure { get; }

        /// <summary>Where the key question is.</summary>
        public SourceSpan Span { get; }

    }
}
