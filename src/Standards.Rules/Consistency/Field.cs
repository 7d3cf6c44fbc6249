namespace Standards.Rules.Consistency
{
    /// <summary>
    /// Something a condition constrains: a numeric evidence field, aggregate or arithmetic term (with its valid
    /// range), or a yes/no or text field (with its possible values). Two terms with the same
    /// <see cref="Key"/> (their canonical text) are the same value.
    /// </summary>
    internal sealed class Field
    {
        private Field(string key, bool isNumeric, Interval domain, bool wholeNumbers, ValueSet values)
        {
            Key = key;
            IsNumeric = isNumeric;
            Domain = domain;
            WholeNumbers = wholeNumbers;
            Values = values;
        }

        /// <summary>The canonical text of the term, such as <c>case_sample.oversight_sufficient_percent</c>.</summary>
        public string Key { get; }

        /// <summary>True for numbers; false for yes/no and text.</summary>
        public bool IsNumeric { get; }

        /// <summary>For numbers: the valid range (everything when the field is unbounded).</summary>
        public Interval Domain { get; }

        /// <summary>For numbers: true when only whole numbers occur, as for counts.</summary>
        public bool WholeNumbers { get; }

        /// <summary>For yes/no and text: the values the field can take.</summary>
        public ValueSet Values { get; }

        /// <summary>A numeric term with its valid range.</summary>
        public static Field Numeric(string key, Interval domain, bool wholeNumbers) =>
            new Field(key, true, wholeNumbers ? domain.ToWholeNumbers() : domain, wholeNumbers, ValueSet.Any);

        /// <summary>A yes/no or text term with the values it can take.</summary>
        public static Field Discrete(string key, ValueSet values) => new Field(key, false, Interval.All, false, values);

        /// <summary>The key.</summary>
        public override string ToString() => Key;
    }
}
