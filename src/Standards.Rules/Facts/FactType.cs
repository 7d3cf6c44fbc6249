using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Facts
{
    /// <summary>A group of evidence fields, such as the workforce figures or one case of the sample.</summary>
    public sealed class FactType
    {
        private readonly List<FactMember> _members = new List<FactMember>();

        /// <summary>Creates a fact type from its parts.</summary>
        public FactType(string name, string clrName)
        {
            Name = name;
            ClrName = clrName;
        }

        /// <summary>A readable name for messages.</summary>
        public string Name { get; }

        /// <summary>The C# type name (full name).</summary>
        public string ClrName { get; }

        /// <summary>The fields, in declaration order.</summary>
        public IReadOnlyList<FactMember> Members => _members;

        /// <summary>Finds a field by its rule name, or null.</summary>
        public FactMember? Find(string name) => _members.FirstOrDefault(m => m.Name == name);

        internal void Add(FactMember member) => _members.Add(member);
    }
}
