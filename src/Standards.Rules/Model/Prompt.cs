using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A lettered prompt of a key question.</summary>
    public sealed class Prompt
    {
        public Prompt(string letter, string text, SourceSpan span)
        {
            Letter = letter;
            Text = text;
            Span = span;
        }

        /// <summary>The letter: a, b, c…</summary>
        public string Letter { get; }

        /// <summary>The prompt text.</summary>
        public string Text { get; }

        /// <summary>Where the prompt is.</summary>
        public SourceSpan Span { get; }

    }
}
