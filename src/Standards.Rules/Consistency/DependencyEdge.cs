using Standards.Rules.Text;

namespace Standards.Rules.Consistency
{
    /// <summary>One dependency of the rating chain: <see cref="From"/> is derived from <see cref="To"/>, as written at <see cref="Span"/>.</summary>
    internal sealed class DependencyEdge
    {
        /// <summary>Creates an edge.</summary>
        public DependencyEdge(string from, string to, SourceSpan span, bool isRead = false)
        {
            From = from;
            To = to;
            Span = span;
            IsRead = isRead;
        }

        /// <summary>The derived fact, such as <c>standard P1.2</c>.</summary>
        public string From { get; }

        /// <summary>What it is derived from, such as <c>key question P1.2.3</c> or <c>evidence surveys.spo_induction_percent</c>.</summary>
        public string To { get; }

        /// <summary>Where the dependency is written (a condition's path, a characteristic's key question).</summary>
        public SourceSpan Span { get; }

        /// <summary>True when a condition or measure reads <see cref="To"/> (rather than the rating chain's structure).</summary>
        public bool IsRead { get; }

        /// <summary><c>from -&gt; to</c>.</summary>
        public override string ToString() => From + " -> " + To;
    }
}
