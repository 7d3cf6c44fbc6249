using System;
using System.Collections.Generic;
using Standards.Rules.Text;

namespace Standards.Rules.Diagnostics
{
    /// <summary>One problem found in a rule or evidence file, at an exact position.</summary>
    public sealed class Diagnostic : IEquatable<Diagnostic>, IComparable<Diagnostic>
    {
        /// <summary>Creates a diagnostic from its parts.</summary>
        public Diagnostic(DiagnosticDescriptor descriptor, SourceSpan span, string message, IReadOnlyList<SourceSpan>? additionalSpans = null)
        {
            Descriptor = descriptor;
            Span = span;
            Message = message;
            AdditionalSpans = additionalSpans ?? Array.Empty<SourceSpan>();
        }

        /// <summary>What kind of problem this is.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>The stable id.</summary>
        public string Id => Descriptor.Id;

        /// <summary>The severity.</summary>
        public DiagnosticSeverity Severity => Descriptor.Severity;

        /// <summary>Where the problem is.</summary>
        public SourceSpan Span { get; }

        /// <summary>Other places involved, such as the first of two duplicate keys.</summary>
        public IReadOnlyList<SourceSpan> AdditionalSpans { get; }

        /// <summary>A plain-English message for the rule author.</summary>
        public string Message { get; }

        /// <inheritdoc/>
        public bool Equals(Diagnostic? other) =>
            other is not null && Id == other.Id && Span.Equals(other.Span) && Message == other.Message;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Diagnostic);

        /// <inheritdoc/>
        public override int GetHashCode() => (Id.GetHashCode() * 397) ^ Span.GetHashCode();

        /// <inheritdoc/>
        public int CompareTo(Diagnostic? other)
        {
            if (other is null) return 1;
            int c = Span.CompareTo(other.Span);
            if (c != 0) return c;
            c = string.CompareOrdinal(Id, other.Id);
            return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
        }

        /// <summary>Formats like a compiler: <c>file(line,col): error STD0001: message</c>.</summary>
        public override string ToString() =>
            $"{Span.Path}({Span.Line},{Span.Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
