namespace Standards.Rules.Consistency
{
    /// <summary>
    /// The values one <see cref="Field"/> may take inside a <see cref="Box"/>: an interval for numbers, a value
    /// set for yes/no and text. Always within the field's domain.
    /// </summary>
    internal sealed class FieldConstraint
    {
        private FieldConstraint(Field field, Interval interval, ValueSet values)
        {
            Field = field;
            Interval = interval;
            Values = values;
        }

        /// <summary>The field constrained.</summary>
        public Field Field { get; }

        /// <summary>For numeric fields: the allowed values.</summary>
        public Interval Interval { get; }

        /// <summary>For yes/no and text fields: the allowed values.</summary>
        public ValueSet Values { get; }

        /// <summary>True when no value is allowed.</summary>
        public bool IsEmpty => Field.IsNumeric ? Interval.IsEmpty : Values.IsEmpty;

        /// <summary>True when every value of the field's domain is allowed, so the constraint says nothing.</summary>
        public bool IsWholeDomain => Field.IsNumeric ? Interval.Equals(Field.Domain) : Values.Equals(Field.Values);

        /// <summary>A numeric constraint, clipped to the field's domain (and to whole numbers where the field has them).</summary>
        public static FieldConstraint Numeric(Field field, Interval interval)
        {
            var clipped = interval.Intersect(field.Domain);
            if (field.WholeNumbers) clipped = clipped.ToWholeNumbers();
            return new FieldConstraint(field, clipped, ValueSet.Any);
        }

        /// <summary>A yes/no or text constraint, clipped to the field's values.</summary>
        public static FieldConstraint Discrete(Field field, ValueSet values) =>
            new FieldConstraint(field, Interval.All, values.Intersect(field.Values));

        /// <summary>The values allowed by both constraints on the same field.</summary>
        public FieldConstraint Intersect(FieldConstraint other) =>
            Field.IsNumeric ? Numeric(Field, Interval.Intersect(other.Interval)) : Discrete(Field, Values.Intersect(other.Values));

        /// <summary>True when every value allowed by <paramref name="other"/> is allowed by this constraint.</summary>
        public bool Contains(FieldConstraint other) =>
            Field.IsNumeric ? Interval.Contains(other.Interval) : Values.Contains(other.Values);

        /// <summary>True when both allow the same values.</summary>
        public bool SameAs(FieldConstraint other) =>
            Field.IsNumeric ? Interval.Equals(other.Interval) : Values.Equals(other.Values);

        /// <summary><c>key in [65, 100]</c> or <c>key in {true}</c>.</summary>
        public override string ToString() => Field.Key + " in " + (Field.IsNumeric ? Interval.ToString() : Values.ToString());
    }
}
