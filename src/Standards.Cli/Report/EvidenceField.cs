using Standards.Rules.Facts;

namespace Standards.Cli.Report
{
    /// <summary>One evidence field as an inspector sees it: a label, a section, its unit and valid range.</summary>
    internal sealed class EvidenceField
    {
        public EvidenceField(string path, string section, string label, FactMember member)
        {
            Path = path;
            Section = section;
            Label = label;
            Member = member;
        }

        /// <summary>The dotted evidence path, such as <c>workforce.po.vacancy_rate</c>.</summary>
        public string Path { get; }

        /// <summary>The top-level group the field belongs to, as a heading.</summary>
        public string Section { get; }

        /// <summary>A plain-English label, such as "Probation officers: vacant FTE as a share of target FTE".</summary>
        public string Label { get; }

        /// <summary>The contract's description of the field.</summary>
        public FactMember Member { get; }

        /// <summary>True when the evidence file supplies the field (derived fields are worked out instead).</summary>
        public bool IsDerived => Member.Description.Contains("(derived)");

        /// <summary>The unit as a short suffix or prefix for a form: <c>%</c>, <c>1:</c>, <c>days</c>, <c>FTE</c>.</summary>
        public string UnitText => Member.Unit switch
        {
            FactUnit.Percent => "%",
            FactUnit.Ratio => "1:N",
            FactUnit.Days => "days",
            FactUnit.Fte => "FTE",
            _ => string.Empty,
        };

        /// <summary>"from 0% to 100%", or empty when unbounded.</summary>
        public string RangeText => Member.Min is null && Member.Max is null
            ? string.Empty
            : $"from {UnitFormat.Format(Member.Min, Member.Unit)} to {UnitFormat.Format(Member.Max, Member.Unit)}";
    }
}
