namespace Standards.Rules.Consistency
{
    /// <summary>Reads one-sided thresholds (<c>x &gt;= 65%</c>, <c>x &lt;= 1:10</c>) out of field constraints.</summary>
    internal static class Thresholds
    {
        /// <summary>
        /// +1 when the constraint only raises the field's lower end (<c>x &gt;= t</c>), -1 when it only lowers the
        /// upper end (<c>x &lt;= t</c>), 0 otherwise (a band, a set of values, or yes/no).
        /// </summary>
        public static int Direction(FieldConstraint constraint)
        {
            if (!constraint.Field.IsNumeric) return 0;
            var interval = constraint.Interval;
            var domain = constraint.Field.Domain;
            bool sameHigh = interval.High.Equals(domain.High) && interval.HighOpen == domain.HighOpen;
            bool sameLow = interval.Low.Equals(domain.Low) && interval.LowOpen == domain.LowOpen;
            if (sameHigh && !sameLow) return 1;
            if (sameLow && !sameHigh) return -1;
            return 0;
        }
    }
}
