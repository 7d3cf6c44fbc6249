using System;
using System.Collections.Generic;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Rules.Model;

namespace Standards.Engine.Compilation
{
    /// <summary>A characteristic with its condition compiled to a delegate and the probes that read its evidence.</summary>
    internal sealed class CompiledCharacteristic
    {
        public CompiledCharacteristic(Standard standard, Characteristic characteristic, Func<PduEvidence, bool?> condition, IReadOnlyList<ReadingProbe> probes)
        {
            Standard = standard;
            Characteristic = characteristic;
            Condition = condition;
            Probes = probes;
        }

        public Standard Standard { get; }

        public Characteristic Characteristic { get; }

        public Func<PduEvidence, bool?> Condition { get; }

        public IReadOnlyList<ReadingProbe> Probes { get; }

        /// <summary>Evaluates the condition and reads the evidence behind it.</summary>
        public CharacteristicResult Evaluate(PduEvidence evidence) =>
            new CharacteristicResult(Standard, Characteristic, Condition(evidence), ReadingProbe.ReadAll(Probes, evidence));
    }
}
