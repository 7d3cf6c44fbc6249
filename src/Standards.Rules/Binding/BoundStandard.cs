using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Model;

namespace Standards.Rules.Binding
{
    /// <summary>A standard after binding: its key questions and characteristics, every reference resolved.</summary>
    public sealed class BoundStandard
    {
        /// <summary>Creates a bound standard.</summary>
        public BoundStandard(Standard standard, IReadOnlyList<BoundKeyQuestion> keyQuestions, IReadOnlyList<BoundCharacteristic> characteristics, bool isComplete)
        {
            Standard = standard;
            KeyQuestions = keyQuestions;
            Characteristics = characteristics;
            Caps = characteristics.Where(c => c.IsCap).ToList();
            IsComplete = isComplete;
        }

        /// <summary>The standard as written.</summary>
        public Standard Standard { get; }

        /// <summary>The key questions, in order.</summary>
        public IReadOnlyList<BoundKeyQuestion> KeyQuestions { get; }

        /// <summary>The characteristics that bound, in file order.</summary>
        public IReadOnlyList<BoundCharacteristic> Characteristics { get; }

        /// <summary>The capping characteristics, in file order.</summary>
        public IReadOnlyList<BoundCharacteristic> Caps { get; }

        /// <summary>True when every characteristic and measure bound; only complete standards can be compiled.</summary>
        public bool IsComplete { get; }

        /// <summary>The id, such as <c>P1.2</c>.</summary>
        public string Id => Standard.Id;

        /// <summary>How the standard is rated.</summary>
        public RatingMethod Method => Standard.Method;
    }
}
