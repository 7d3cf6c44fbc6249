using System.Collections.Generic;
using System.Linq;
using Standards.Rules.Binding;
using Standards.Rules.Diagnostics;
using Standards.Rules.Model;

namespace Standards.Rules.Consistency
{
    /// <summary>One standard prepared for the consistency checks: its characteristics analysed, in file order.</summary>
    internal sealed class StandardContext
    {
        private StandardContext(Standard standard, GradeScale scale, IReadOnlyList<AnalysedCharacteristic> characteristics, ConditionNormaliser normaliser, DiagnosticBag diagnostics)
        {
            Standard = standard;
            Scale = scale;
            Characteristics = characteristics;
            Normaliser = normaliser;
            Diagnostics = diagnostics;
        }

        public Standard Standard { get; }

        public GradeScale Scale { get; }

        public IReadOnlyList<AnalysedCharacteristic> Characteristics { get; }

        public ConditionNormaliser Normaliser { get; }

        public DiagnosticBag Diagnostics { get; }

        /// <summary>Characteristics already reported as redundant (STD2004), so no second check repeats it.</summary>
        public HashSet<string> ReportedRedundant { get; } = new HashSet<string>();

        public IEnumerable<AnalysedCharacteristic> Supports => Characteristics.Where(c => c.IsSupport);

        public IEnumerable<AnalysedCharacteristic> Caps => Characteristics.Where(c => c.IsCap);

        /// <summary>Analyses the bound characteristics of a standard.</summary>
        public static StandardContext Create(BoundStandard standard, GradeScale scale, ConditionNormaliser normaliser, DiagnosticBag diagnostics)
        {
            var analysed = new List<AnalysedCharacteristic>();
            foreach (var characteristic in standard.Characteristics)
            {
                analysed.Add(new AnalysedCharacteristic(characteristic, normaliser.Normalise(characteristic.Condition), analysed.Count));
            }

            return new StandardContext(standard.Standard, scale, analysed, normaliser, diagnostics);
        }

        /// <summary>The label of the grade with <paramref name="rank"/>.</summary>
        public string Label(int rank) => Scale.Grades[rank].Label;
    }
}
