using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evidence;
using Standards.Engine.Evidence.Checks;
using Standards.Engine.Facts;
using Standards.Rules.Facts;
using Xunit;

namespace Standards.Engine.Tests.Evidence
{
    /// <summary>Every field that an <see cref="EvidenceCheckAttribute"/> names exists in the evidence contract, with a unit that fits the check.</summary>
    public class EvidenceCheckDeclarationTests
    {
        public static TheoryData<string, string> Declarations()
        {
            var data = new TheoryData<string, string>();
            foreach (var type in typeof(PduEvidence).Assembly.GetTypes().Where(t => t.Namespace == typeof(PduEvidence).Namespace))
            {
                foreach (var declaration in CrossFieldChecks.Declarations(type))
                {
                    foreach (var field in declaration.Fields.Concat(declaration.Note is null ? new string[0] : new[] { declaration.Note }))
                    {
                        data.Add(type.FullName!, $"{declaration.Check}:{field}");
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Declarations))]
        public void Named_field_exists(string typeName, string checkAndField)
        {
            var (check, field) = (checkAndField.Split(':')[0], checkAndField.Split(':')[1]);
            var type = check == nameof(EvidenceCheck.NeedsStaffInPost) ? EvidenceSchema.Instance.Root : Types().Single(t => t.ClrName == typeName);

            var member = Resolve(type, field);

            Assert.True(member != null, $"{typeName} declares {check} on `{field}`, which is not a field of {type.Name}");
            var expected = check switch
            {
                nameof(EvidenceCheck.SharesOfOneWhole) => new[] { FactUnit.Percent },
                nameof(EvidenceCheck.SampleSize) => new[] { FactUnit.Count },
                nameof(EvidenceCheck.FteWithinHeadcount) or nameof(EvidenceCheck.InPostNearTarget) or nameof(EvidenceCheck.NeedsStaffInPost) => new[] { FactUnit.Fte, FactUnit.Count, FactUnit.None },
                _ => null,
            };
            if (expected != null && member!.Kind == FactKind.Number) Assert.Contains(member.Unit, expected);
        }

        [Fact]
        public void Every_kind_of_check_is_declared_somewhere()
        {
            var declared = typeof(PduEvidence).Assembly.GetTypes().SelectMany(CrossFieldChecks.Declarations).Select(d => d.Check).Distinct();

            Assert.Equal(System.Enum.GetValues(typeof(EvidenceCheck)).Cast<EvidenceCheck>().OrderBy(c => c), declared.OrderBy(c => c));
        }

        private static FactMember? Resolve(FactType type, string dotted)
        {
            var names = dotted.Split('.');
            for (int i = 0; i < names.Length - 1; i++) type = type.Find(names[i])?.ElementType!;
            return type?.Find(names[names.Length - 1]);
        }

        private static IEnumerable<FactType> Types()
        {
            var seen = new HashSet<FactType>();
            var queue = new Queue<FactType>(new[] { EvidenceSchema.Instance.Root });
            while (queue.Count > 0)
            {
                var type = queue.Dequeue();
                if (!seen.Add(type)) continue;
                foreach (var member in type.Members.Where(m => m.ElementType != null)) queue.Enqueue(member.ElementType!);
            }

            return seen;
        }
    }
}
