using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Standards.Rules.Facts;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// Null-safe reads of a chain of fact members as LINQ expressions: an absent record anywhere on the way
    /// gives null (unknown). Numbers become <c>double?</c>, yes/no <c>bool?</c>, dates their ticks.
    /// </summary>
    internal static class FieldAccess
    {
        public static LinqExpression Read(LinqExpression start, IReadOnlyList<FactMember> members)
        {
            var variables = new List<ParameterExpression>();
            var statements = new List<LinqExpression>();
            var returnTarget = LinqExpression.Label(ResultType(members, start));
            var current = start;
            for (int i = 0; i < members.Count; i++)
            {
                if (!current.Type.IsValueType)
                {
                    statements.Add(LinqExpression.IfThen(LinqExpression.Equal(current, LinqExpression.Constant(null, current.Type)),
                        LinqExpression.Return(returnTarget, LinqExpression.Default(returnTarget.Type))));
                }

                var property = current.Type.GetProperty(members[i].ClrName)
                    ?? throw new InvalidOperationException($"the fact type {current.Type.Name} has no property {members[i].ClrName}");
                var variable = LinqExpression.Variable(property.PropertyType, members[i].Name);
                variables.Add(variable);
                statements.Add(LinqExpression.Assign(variable, LinqExpression.Property(current, property)));
                current = variable;
            }

            statements.Add(LinqExpression.Label(returnTarget, Normalise(current)));
            return LinqExpression.Block(returnTarget.Type, variables, statements);
        }

        public static Type ElementClrType(Type listType)
        {
            if (listType.IsArray) return listType.GetElementType()!;
            return listType.GetInterfaces().Concat(new[] { listType })
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .GetGenericArguments()[0];
        }

        private static Type ResultType(IReadOnlyList<FactMember> members, LinqExpression start)
        {
            var type = start.Type;
            foreach (var member in members) type = type.GetProperty(member.ClrName)!.PropertyType;
            return Normalise(LinqExpression.Default(type)).Type;
        }

        private static LinqExpression Normalise(LinqExpression value)
        {
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            if (type == typeof(bool)) return LinqExpression.Convert(value, typeof(bool?));
            if (type == typeof(double) || type == typeof(int) || type == typeof(long) || type == typeof(decimal)) return LinqExpression.Convert(value, typeof(double?));
            if (type == typeof(DateTime))
            {
                var ticks = LinqExpression.Convert(LinqExpression.Property(LinqExpression.Convert(value, typeof(DateTime)), nameof(DateTime.Ticks)), typeof(double?));
                return value.Type == typeof(DateTime)
                    ? ticks
                    : LinqExpression.Condition(LinqExpression.Property(value, "HasValue"), ticks, LinqExpression.Constant(null, typeof(double?)));
            }

            return value;
        }
    }
}
