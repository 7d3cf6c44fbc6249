using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Standards.Rules.Facts;

namespace Standards.Analyzers
{
    /// <summary>
    /// Builds the evidence contract from a compilation's symbols, so rule files are checked against the C#
    /// fact types as they are being compiled. It mirrors <see cref="ReflectionFactSchema"/> member for member:
    /// same names, kinds, units, ranges, descriptions and allowed values.
    /// </summary>
    public sealed class RoslynFactSchema : IFactSchema
    {
        /// <summary>The metadata name of the attribute that marks the evidence root.</summary>
        public const string EvidenceRootAttributeName = "Standards.Rules.Facts.EvidenceRootAttribute";

        /// <summary>The metadata name of the attribute that marks an evidence field.</summary>
        public const string FactMemberAttributeName = "Standards.Rules.Facts.FactMemberAttribute";

        private readonly Dictionary<ITypeSymbol, FactType> _types = new Dictionary<ITypeSymbol, FactType>(SymbolEqualityComparer.Default);
        private readonly INamedTypeSymbol? _factMemberAttribute;

        /// <summary>Describes <paramref name="rootType"/> and everything reachable from its fact members.</summary>
        public RoslynFactSchema(Compilation compilation, INamedTypeSymbol rootType)
        {
            _factMemberAttribute = compilation.GetTypeByMetadataName(FactMemberAttributeName);
            Root = Describe(rootType);
        }

        /// <inheritdoc />
        public FactType Root { get; }

        /// <summary>
        /// Builds the schema from the class marked <c>[EvidenceRoot]</c> in the compilation's own sources,
        /// or returns null when there is none (the project has no evidence contract to check rules against).
        /// </summary>
        public static RoslynFactSchema? TryCreate(Compilation compilation)
        {
            var root = FindEvidenceRoot(compilation);
            return root is null ? null : new RoslynFactSchema(compilation, root);
        }

        /// <summary>
        /// The class marked <c>[EvidenceRoot]</c> in the compilation's own sources, or null. Should several be
        /// marked, the first by full name wins, so the choice does not depend on declaration order.
        /// </summary>
        public static INamedTypeSymbol? FindEvidenceRoot(Compilation compilation)
        {
            var attribute = compilation.GetTypeByMetadataName(EvidenceRootAttributeName);
            if (attribute is null) return null;
            return AllTypes(compilation.Assembly.GlobalNamespace)
                .Where(t => t.TypeKind == TypeKind.Class && t.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                .OrderBy(ClrFullName, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private FactType Describe(ITypeSymbol type)
        {
            if (_types.TryGetValue(type, out var existing)) return existing;
            var factType = new FactType(FactNaming.ToSnakeCase(type.Name), ClrFullName(type));
            _types[type] = factType;
            foreach (var property in PublicInstanceProperties(type))
            {
                var attribute = FactMemberAttributeOf(property);
                if (attribute is null) continue;
                factType.Add(DescribeMember(property, attribute));
            }

            return factType;
        }

        private FactMember DescribeMember(IPropertySymbol property, AttributeData attribute)
        {
            var type = UnwrapNullable(property.Type);
            FactKind kind;
            FactType? element = null;
            if (type.SpecialType == SpecialType.System_Boolean) kind = FactKind.Boolean;
            else if (IsNumber(type)) kind = FactKind.Number;
            else if (type.SpecialType == SpecialType.System_String) kind = FactKind.Text;
            else if (type.SpecialType == SpecialType.System_DateTime || type.Name == "DateOnly") kind = FactKind.Date;
            else if (ElementTypeOf(type) is ITypeSymbol item)
            {
                kind = FactKind.Collection;
                element = Describe(item);
            }
            else
            {
                kind = FactKind.Record;
                element = Describe(type);
            }

            var unit = FactUnit.None;
            if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is object unitValue)
            {
                unit = (FactUnit)Convert.ToInt32(unitValue, System.Globalization.CultureInfo.InvariantCulture);
            }

            string? name = null;
            string? description = null;
            string? allowed = null;
            double min = double.NaN;
            double max = double.NaN;
            foreach (var argument in attribute.NamedArguments)
            {
                var value = argument.Value.Value;
                switch (argument.Key)
                {
                    case "Name": name = value as string; break;
                    case "Description": description = value as string; break;
                    case "Allowed": allowed = value as string; break;
                    case "Min": min = ToDouble(value); break;
                    case "Max": max = ToDouble(value); break;
                }
            }

            return new FactMember(
                name ?? FactNaming.ToSnakeCase(property.Name),
                property.Name,
                kind,
                unit,
                double.IsNaN(min) ? (double?)null : min,
                double.IsNaN(max) ? (double?)null : max,
                description ?? string.Empty,
                element,
                allowed is null ? Array.Empty<string>() : allowed.Split('|'));
        }

        /// <summary>
        /// The attribute on the property, or on the property it overrides (the attribute is inherited, as
        /// <c>GetCustomAttribute</c> sees it).
        /// </summary>
        private AttributeData? FactMemberAttributeOf(IPropertySymbol property)
        {
            if (_factMemberAttribute is null) return null;
            for (var current = property; current != null; current = current.OverriddenProperty)
            {
                var found = current.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _factMemberAttribute));
                if (found != null) return found;
            }

            return null;
        }

        /// <summary>Public instance properties, the type's own first, then each base type's not hidden by a derived one.</summary>
        private static IEnumerable<IPropertySymbol> PublicInstanceProperties(ITypeSymbol type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public) continue;
                    if (seen.Add(property.Name)) yield return property;
                }
            }
        }

        /// <summary>Numbers exactly as <see cref="ReflectionFactSchema"/> reads them: double, int, decimal, long.</summary>
        private static bool IsNumber(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_Double || type.SpecialType == SpecialType.System_Int32
            || type.SpecialType == SpecialType.System_Decimal || type.SpecialType == SpecialType.System_Int64;

        private static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
            type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                ? named.TypeArguments[0]
                : type;

        private static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_String) return null;
            if (type is IArrayTypeSymbol array) return array.ElementType;
            return type.AllInterfaces.Concat(new[] { type }).OfType<INamedTypeSymbol>()
                .Where(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                .Select(i => i.TypeArguments[0])
                .FirstOrDefault();
        }

        private static double ToDouble(object? value) =>
            value is null ? double.NaN : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

        private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
        {
            foreach (var type in ns.GetTypeMembers())
            {
                foreach (var nested in WithNested(type)) yield return nested;
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                foreach (var type in AllTypes(child)) yield return type;
            }
        }

        private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
        {
            yield return type;
            foreach (var nested in type.GetTypeMembers())
            {
                foreach (var inner in WithNested(nested)) yield return inner;
            }
        }

        /// <summary>The name as <see cref="Type.FullName"/> writes it: namespace, then <c>+</c> between nested types.</summary>
        private static string ClrFullName(ITypeSymbol type)
        {
            if (type.ContainingType != null) return ClrFullName(type.ContainingType) + "+" + type.MetadataName;
            var ns = type.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
        }
    }
}
