using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Standards.Rules.Facts
{
    /// <summary>Builds the evidence contract by reflection over C# types marked with <see cref="FactMemberAttribute"/>.</summary>
    public sealed class ReflectionFactSchema : IFactSchema
    {
        private readonly Dictionary<Type, FactType> _types = new Dictionary<Type, FactType>();

        /// <summary>Describes the evidence contract rooted at the given type.</summary>
        public ReflectionFactSchema(Type rootType)
        {
            Root = Describe(rootType);
        }

        /// <summary>The evidence root type.</summary>
        public FactType Root { get; }

        private FactType Describe(Type type)
        {
            if (_types.TryGetValue(type, out var existing)) return existing;
            var factType = new FactType(FactNaming.ToSnakeCase(type.Name), type.FullName ?? type.Name);
            _types[type] = factType;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var attribute = property.GetCustomAttribute<FactMemberAttribute>();
                if (attribute is null) continue;
                factType.Add(DescribeMember(property, attribute));
            }

            return factType;
        }

        private FactMember DescribeMember(PropertyInfo property, FactMemberAttribute attribute)
        {
            var clrType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            FactKind kind;
            FactType? element = null;
            if (clrType == typeof(bool)) kind = FactKind.Boolean;
            else if (clrType == typeof(double) || clrType == typeof(int) || clrType == typeof(decimal) || clrType == typeof(long)) kind = FactKind.Number;
            else if (clrType == typeof(string)) kind = FactKind.Text;
            else if (clrType == typeof(DateTime) || clrType.Name == "DateOnly") kind = FactKind.Date;
            else if (ElementTypeOf(clrType) is Type item)
            {
                kind = FactKind.Collection;
                element = Describe(item);
            }
            else
            {
                kind = FactKind.Record;
                element = Describe(clrType);
            }

            return new FactMember(
                attribute.Name ?? FactNaming.ToSnakeCase(property.Name),
                property.Name,
                kind,
                attribute.Unit,
                double.IsNaN(attribute.Min) ? (double?)null : attribute.Min,
                double.IsNaN(attribute.Max) ? (double?)null : attribute.Max,
                attribute.Description ?? string.Empty,
                element,
                attribute.Allowed is null ? Array.Empty<string>() : attribute.Allowed.Split('|'));
        }

        private static Type? ElementTypeOf(Type type)
        {
            if (type == typeof(string)) return null;
            if (type.IsArray) return type.GetElementType();
            return type.GetInterfaces().Concat(new[] { type })
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .Select(i => i.GetGenericArguments()[0])
                .FirstOrDefault();
        }
    }
}
