using Standards.Rules.Model;

namespace Standards.Rules.Binding
{
    /// <summary>A characteristic after binding: its grade and key question as objects of the model, and its condition typed.</summary>
    public sealed class BoundCharacteristic
    {
        /// <summary>Creates a bound characteristic.</summary>
        public BoundCharacteristic(Standard standard, KeyQuestion keyQuestion, Characteristic characteristic, Grade grade, BoundExpr condition)
        {
            Standard = standard;
            KeyQuestion = keyQuestion;
            Characteristic = characteristic;
            Grade = grade;
            Condition = condition;
        }

        /// <summary>The standard it belongs to.</summary>
        public Standard Standard { get; }

        /// <summary>The key question it belongs to.</summary>
        public KeyQuestion KeyQuestion { get; }

        /// <summary>The characteristic as written.</summary>
        public Characteristic Characteristic { get; }

        /// <summary>The grade it supports or caps at.</summary>
        public Grade Grade { get; }

        /// <summary>Whether it supports a grade or caps the standard.</summary>
        public CharacteristicRole Role => Characteristic.Role;

        /// <summary>True for a support (a rung of the key question's ladder).</summary>
        public bool IsSupport => Characteristic.Role == CharacteristicRole.Supports;

        /// <summary>True for a cap (a limiting factor).</summary>
        public bool IsCap => Characteristic.Role == CharacteristicRole.Caps;

        /// <summary>The condition over evidence, bound.</summary>
        public BoundExpr Condition { get; }

        /// <summary>The id, unique in the rulebook.</summary>
        public string Id => Characteristic.Id;

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
