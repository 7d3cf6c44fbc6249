using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Standards.Engine.Evidence;
using Standards.Engine.Rating;
using Standards.Rules.Facts;
using Xunit;

namespace Standards.Engine.Tests.Properties
{
    /// <summary>Properties of rating with the reference rulebook over random evidence (each case is a reproducible seed).</summary>
    public class RatingProperties
    {
        private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue));

        [Property(MaxTest = 300)]
        public Property Improving_one_evidence_item_never_lowers_any_rating()
        {
            var compiled = ReferenceRulebook.Compiled;
            var directions = FavourableDirections.Infer(compiled.Rulebook);
            return Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                var before = RandomEvidence.Create(random, missingShare: 0.1);
                var after = RandomEvidence.Clone(before);
                var leaves = RandomEvidence.Leaves(after, EvidenceSchema.Instance.Root)
                    .Where(l => directions.ContainsKey(l.Member) && l.Property.GetValue(l.Owner) != null).ToList();
                if (leaves.Count == 0) return true;
                var (owner, property, member) = leaves[random.Next(leaves.Count)];
                Improve(owner, property, member, directions[member], random);
                var old = compiled.Rate(before);
                var improved = compiled.Rate(after);
                foreach (var (o, n) in old.Standards.Zip(improved.Standards))
                {
                    if (n.Range.Low.Rank < o.Range.Low.Rank || n.Range.High.Rank < o.Range.High.Rank)
                    {
                        throw new Exception($"seed {seed}: improving {member.Name} lowered {o.Standard.Id} from {o.Range} to {n.Range}");
                    }
                }

                return improved.Overall.Range.Low.Rank >= old.Overall.Range.Low.Rank && improved.Overall.Range.High.Rank >= old.Overall.Range.High.Rank;
            });
        }

        [Property(MaxTest = 100)]
        public Property The_same_input_always_gives_identical_output()
        {
            var compiled = ReferenceRulebook.Compiled;
            return Prop.ForAll(Seeds, seed =>
            {
                var evidence = RandomEvidence.Create(new Random(seed), missingShare: 0.2);
                var first = Describe(compiled.Rate(evidence));
                var second = Describe(compiled.Rate(RandomEvidence.Clone(evidence)));
                return first == second;
            });
        }

        [Property(MaxTest = 300)]
        public Property Filling_in_missing_evidence_stays_inside_the_range_reported_before()
        {
            var compiled = ReferenceRulebook.Compiled;
            return Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                var partial = RandomEvidence.Create(random, missingShare: 0.3);
                var complete = RandomEvidence.Clone(partial);
                Fill(complete, EvidenceSchema.Instance.Root, random);
                var before = compiled.Rate(partial);
                var after = compiled.Rate(complete);
                foreach (var (b, a) in before.Standards.Zip(after.Standards))
                {
                    if (!b.Range.Contains(a.Range))
                    {
                        throw new Exception($"seed {seed}: {b.Standard.Id} was {b.Range} with missing evidence but {a.Range} once filled in");
                    }
                }

                return before.Overall.Range.Contains(after.Overall.Range);
            });
        }

        [Fact]
        public void The_favourable_directions_cover_the_staffing_evidence()
        {
            var directions = FavourableDirections.Infer(ReferenceRulebook.Compiled.Rulebook);
            var names = directions.Keys.Select(k => k.Name).ToList();
            Assert.Contains("oversight_sufficient_percent", names);
            Assert.Contains("reflective_practice_evident", names);
            Assert.Contains("sentence_management_fte", names);
            Assert.Equal(1, directions.Single(d => d.Key.Name == "oversight_sufficient_percent").Value);
            Assert.Equal(-1, directions.Single(d => d.Key.Name == "sentence_management_fte").Value);
        }

        private static void Improve(object owner, System.Reflection.PropertyInfo property, FactMember member, int direction, Random random)
        {
            if (member.Kind == FactKind.Boolean)
            {
                property.SetValue(owner, direction > 0);
                return;
            }

            var value = (double)property.GetValue(owner)!;
            var step = Math.Round(random.NextDouble() * 30, 1);
            var next = value + direction * step;
            if (member.Min is double min) next = Math.Max(min, next);
            if (member.Max is double max) next = Math.Min(max, next);
            property.SetValue(owner, next);
        }

        private static void Fill(object record, FactType type, Random random)
        {
            foreach (var member in type.Members)
            {
                var property = record.GetType().GetProperty(member.ClrName)!;
                if (!property.CanWrite) continue;
                var value = property.GetValue(record);
                if (member.Kind == FactKind.Record)
                {
                    if (value is null)
                    {
                        value = Activator.CreateInstance(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)!;
                        property.SetValue(record, value);
                    }

                    Fill(value, member.ElementType!, random);
                }
                else if (member.Kind == FactKind.Collection)
                {
                    if (value is System.Collections.IEnumerable items)
                    {
                        foreach (var item in items) Fill(item!, member.ElementType!, random);
                    }
                    else if (member.Name == "prompts")
                    {
                        var filler = RandomEvidence.Create(random, 0).Judgements!.Prompts;
                        property.SetValue(record, filler);
                    }
                }
                else if (value is null)
                {
                    property.SetValue(record, RandomEvidence.RandomValue(random, member));
                }
            }
        }

        /// <summary>Everything a report says, as text; with <paramref name="firings"/>, how many rules fired too.</summary>
        internal static string Describe(RatingReport report, bool firings = true)
        {
            var sb = new StringBuilder();
            sb.Append(report.ContentHash).Append(report.Overall.Range.ToIdText()).Append(firings ? report.Firings : 0).Append('\n');
            foreach (var s in report.Standards)
            {
                sb.Append(s.Standard.Id).Append(' ').Append(s.Range.ToIdText()).Append(' ').Append(string.Join(",", s.MissingEvidence)).Append('\n');
                foreach (var c in s.KeyQuestions.SelectMany(k => k.Supports).Concat(s.Caps))
                {
                    sb.Append(c.Characteristic.Id).Append('=').Append(c.OutcomeText).Append(':').Append(string.Join(";", c.Readings.Select(r => r.Display))).Append('\n');
                }
            }

            return sb.ToString();
        }
    }
}
