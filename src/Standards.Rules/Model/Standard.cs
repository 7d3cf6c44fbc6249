using System.Collections.Generic;
using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>A standard of the framework, such as P1.2 Staffing, with its key questions and characteristics.</summary>
    public sealed class Standard
    {
        public Standard(string id, string title, string statement, int domain, RatingMethod method, IReadOnlyList<KeyQuestion> keyQuestions, IReadOnlyList<Characteristic> characteristics, SourceSpan span)
        {
            Id = id;
            Title = title;
            Statement = statement;
            Domain = domain;
            Method = method;
            KeyQuestions = keyQuestions;
            Characteristics = characteristics;
            Span = span;
        }

        /// <summary>The id, such as <c>P1.2</c>.</summary>
        public string Id { get; }

        /// <summary>The title, such as Staffing.</summary>
        public string Title { get; }

        /// <summary>The standard statement.</summary>
        public string Statement { get; }

        /// <summary>1 for organisational delivery, 2 for service delivery.</summary>
        public int Domain { get; }

        /// <summary>How the standard is rated.</summary>
        public RatingMethod Method { get; }

        /// <summary>The key questions in order.</summary>
        public IReadOnlyList<KeyQuestion> KeyQuestions { get; }

        /// <summary>The rating characteristics in file order.</summary>
        public IReadOnlyList<Characteristic> Characteristics { get; }

        /// <summary>Where the standard is declared.</summary>
        public SourceSpan Span { get; }

    }
}
