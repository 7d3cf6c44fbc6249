using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Standards.Engine.Evidence;
using Standards.Engine.Facts;
using Standards.Rules.Facts;

namespace Standards.Engine.Tests.Properties
{
    /// <summary>Builds random but valid PDU evidence by walking the evidence contract, with some fields left missing.</summary>
    internal static class RandomEvidence
    {
        public static PduEvidence Create(Random random, double missingShare)
        {
            return (PduEvidence)CreateRecord(random, EvidenceSchema.Instance.Root, typeof(PduEvidence), missingShare);
        }

        /// <summary>Every settable leaf field of the evidence, as (owner, property, member) triples, in schema order.</summary>
        public static IReadOnlyList<(object Owner, PropertyInfo Property, FactMember Member)> Leaves(object record, FactType type)
        {
            var leaves = new List<(object, PropertyInfo, FactMember)>();
            foreach (var member in type.Members)
            {
                var property = record.GetType().GetProperty(member.ClrName)!;
                if (member.Kind == FactKind.Record)
                {
                    var child = property.GetValue(record);
                    if (child != null) leaves.AddRange(Leaves(child, member.ElementType!));
                }
                else if (member.Kind == FactKind.Collection)
                {
                    if (property.GetValue(record) is IEnumerable items)
                    {
                        foreach (var item in items) leaves.AddRange(Leaves(item, member.ElementType!));
                    }
                }
                else if (property.CanWrite)
                {
                    leaves.Add((record, property, member));
                }
            }

            return leaves;
        }

        /// <summary>A deep copy, so a property can change one field without touching the original.</summary>
        public static T Clone<T>(T value)
            where T : class
        {
            return (T)CloneObject(value)!;
        }

        private static object? CloneObject(object? value)
        {
            if (value is null || value is string || value.GetType().IsValueType) return value;
            if (value is IList list)
            {
                var copy = (IList)Activator.CreateInstance(value.GetType())!;
                foreach (var item in list) copy.Add(CloneObject(item));
                return copy;
            }

            var clone = Activator.CreateInstance(value.GetType())!;
            foreach (var property in value.GetType().GetProperties().Where(p => p.CanWrite))
            {
                property.SetValue(clone, CloneObject(property.GetValue(value)));
            }

            return clone;
        }

        public static object? RandomValue(Random random, FactMember member)
        {
            switch (member.Kind)
            {
                case FactKind.Boolean: return random.Next(2) == 0;
                case FactKind.Text: return member.AllowedValues.Count > 0 ? member.AllowedValues[random.Next(member.AllowedValues.Count)] : "text " + random.Next(100);
                case FactKind.Date: return new DateTime(2024, 1, 1).AddDays(random.Next(365));
                default:
                    double min = member.Min ?? 0;
                    double max = Math.Min(member.Max ?? 100, member.Unit == FactUnit.Ratio ? 30 : member.Unit == FactUnit.Fte || member.Unit == FactUnit.Count ? 200 : 400);
                    return Math.Round(min + random.NextDouble() * (max - min), 1);
            }
        }

        private static object CreateRecord(Random random, FactType type, Type clrType, double missingShare)
        {
            var instance = Activator.CreateInstance(clrType)!;
            foreach (var member in type.Members)
            {
                var property = clrType.GetProperty(member.ClrName)!;
                if (!property.CanWrite || random.NextDouble() < missingShare) continue;
                switch (member.Kind)
                {
                    case FactKind.Record:
                        property.SetValue(instance, CreateRecord(random, member.ElementType!, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, missingShare));
                        break;
                    case FactKind.Collection:
                        if (member.Name != "prompts") break;
                        var elementType = property.PropertyType.GetGenericArguments()[0];
                        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
                        foreach (var kq in new[] { "P1.1.1", "P1.1.2", "P1.1.3", "P1.3.1", "P1.3.2", "P1.3.3" })
                        {
                            foreach (var letter in "abcd")
                            {
                                list.Add(new PromptJudgement { Prompt = kq + letter, KeyQuestion = kq, Met = random.Next(3) > 0 });
                            }
                        }

                        property.SetValue(instance, list);
                        break;
                    default:
                        property.SetValue(instance, RandomValue(random, member));
                        break;
                }
            }

            return instance;
        }
    }
}
