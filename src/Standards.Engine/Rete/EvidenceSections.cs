using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Standards.Engine.Facts;

namespace Standards.Engine.Rete
{
    /// <summary>Splits a PDU's evidence into section facts (one per top-level property of <see cref="PduEvidence"/>) and puts it back together.</summary>
    internal static class EvidenceSections
    {
        private static readonly Section[] All = typeof(PduEvidence).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new Section(p)).ToArray();

        /// <summary>The evidence properties that are sections.</summary>
        public static IEnumerable<PropertyInfo> Properties => All.Select(s => s.Property);

        /// <summary>The fact type that carries the section <paramref name="property"/>.</summary>
        public static Type FactType(PropertyInfo property) => typeof(EvidenceSection<>).MakeGenericType(property.PropertyType);

        /// <summary>One section fact per section of <paramref name="evidence"/>, absent sections included (with a null value).</summary>
        public static List<EvidenceSection> Split(PduEvidence evidence, EvidenceKey key)
        {
            var facts = new List<EvidenceSection>(All.Length);
            foreach (var section in All) facts.Add(section.Create(evidence, key));
            return facts;
        }

        /// <summary>The section facts of <paramref name="after"/> whose value differs (by reference) from <paramref name="before"/>.</summary>
        public static List<EvidenceSection> Changed(PduEvidence before, PduEvidence after, EvidenceKey key)
        {
            var facts = new List<EvidenceSection>();
            foreach (var section in All)
            {
                if (!ReferenceEquals(section.Property.GetValue(before), section.Property.GetValue(after))) facts.Add(section.Create(after, key));
            }

            return facts;
        }

        private sealed class Section
        {
            private readonly Func<PduEvidence, EvidenceKey, EvidenceSection> _create;

            public Section(PropertyInfo property)
            {
                Property = property;
                var evidence = Expression.Parameter(typeof(PduEvidence), "evidence");
                var key = Expression.Parameter(typeof(EvidenceKey), "key");
                var constructor = FactType(property).GetConstructor(new[] { typeof(EvidenceKey), property.PropertyType })!;
                _create = Expression.Lambda<Func<PduEvidence, EvidenceKey, EvidenceSection>>(
                    Expression.New(constructor, key, Expression.Property(evidence, property)), evidence, key).Compile();
            }

            public PropertyInfo Property { get; }

            public EvidenceSection Create(PduEvidence evidence, EvidenceKey key) => _create(evidence, key);
        }
    }
}
