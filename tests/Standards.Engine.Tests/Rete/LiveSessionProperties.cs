using System;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Standards.Engine.Facts;
using Standards.Engine.Rete;
using Standards.Engine.Tests.Properties;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Properties of live sessions over random evidence (each case is a reproducible seed).</summary>
    public class LiveSessionProperties
    {
        private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue));

        /// <summary>A copy of <paramref name="evidence"/> (sharing its sections) with <paramref name="section"/> set to <paramref name="value"/>.</summary>
        internal static PduEvidence With(PduEvidence evidence, PropertyInfo section, object? value)
        {
            var copy = new PduEvidence();
            foreach (var property in EvidenceSections.Properties) property.SetValue(copy, property.GetValue(evidence));
            section.SetValue(copy, value);
            return copy;
        }

        [Property(MaxTest = 60)]
        public Property Updating_sections_in_any_order_ends_where_rating_the_final_evidence_does()
        {
            var compiled = ReferenceRulebook.Compiled;
            return Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                var start = RandomEvidence.Create(random, missingShare: 0.2);
                var detour = RandomEvidence.Create(random, missingShare: 0.3);
                var final = RandomEvidence.Create(random, missingShare: 0.2);
                var session = compiled.OpenSession(start);
                var current = start;
                if (random.Next(2) == 0) session.Report();
                foreach (var section in EvidenceSections.Properties.OrderBy(_ => random.Next()).ToList())
                {
                    if (random.Next(3) == 0)
                    {
                        session.Update(current = With(current, section, section.GetValue(detour)));
                        if (random.Next(2) == 0) session.Report();
                    }

                    session.Update(current = With(current, section, section.GetValue(final)));
                    if (random.Next(2) == 0) session.Report();
                }

                var live = RatingProperties.Describe(session.Report(), firings: false);
                var scratch = RatingProperties.Describe(compiled.Rate(final), firings: false);
                if (live != scratch) throw new Exception($"seed {seed}: the live session gave\n{live}\nbut rating from scratch gave\n{scratch}");
                return true;
            });
        }
    }
}
