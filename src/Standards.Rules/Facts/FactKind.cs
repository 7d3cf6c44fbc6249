namespace Standards.Rules.Facts
{
    /// <summary>The shape of an evidence field.</summary>
    public enum FactKind
    {
        /// <summary>Yes or no.</summary>
        Boolean,

        /// <summary>A number with a <see cref="FactUnit"/>.</summary>
        Number,

        /// <summary>Text, optionally from a fixed list of allowed values.</summary>
        Text,

        /// <summary>A calendar date.</summary>
        Date,

        /// <summary>A group of further fields.</summary>
        Record,

        /// <summary>A list of records of one type.</summary>
        Collection,
    }
}
