using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Model;
using Standards.Rules.Text;

namespace Standards.Rules.Consistency
{
    /// <summary>A characteristic with its grade and the normal form of its condition.</summary>
    internal sealed class AnalysedCharacteristic
    {
        public AnalysedCharacteristic(BoundCharacteristic bound, NormalForm form, int order)
        {
            Bound = bound;
            Form = form;
            Order = order;
        }

        public BoundCharacteristic Bound { get; }

        public Characteristic Characteristic => Bound.Characteristic;

        public Grade Grade => Bound.Grade;

        public NormalForm Form { get; }

        /// <summary>The position in the standard's file, for "the later of two" decisions.</summary>
        public int Order { get; }

        public string Id => Characteristic.Id;

        public int Rank => Grade.Rank;

        public bool IsSupport => Bound.IsSupport;

        public bool IsCap => Bound.IsCap;

        /// <summary>Where the condition is written: diagnostics about the characteristic point here.</summary>
        public SourceSpan Where => Characteristic.Condition.Span;

        /// <summary>
        /// True when the condition was analysed and is neither a contradiction nor a tautology (those are
        /// reported by STD2001 and STD2002), so comparisons with other characteristics are meaningful.
        /// </summary>
        public bool IsComparable => !Form.IsOpaque && !Form.IsContradiction && !Form.IsTautology;

        /// <summary>The only box where the condition holds, when it is a single conjunction.</summary>
        public Box? SingleBox => Form.Holds.Boxes.Count == 1 ? Form.Holds.Boxes[0] : null;

        /// <summary>The key of the one field every box of the condition constrains, when there is exactly one.</summary>
        public string? SingleFieldKey
        {
            get
            {
                var keys = Form.Holds.Boxes.SelectMany(b => b.Keys).Distinct().ToList();
                bool single = keys.Count == 1 && Form.Holds.Boxes.All(b => b.Keys.Count() == 1);
                return single ? keys[0] : null;
            }
        }

        /// <summary>`id` (Label), for messages.</summary>
        public string Describe() => $"`{Id}` ({Grade.Label})";
    }
}
