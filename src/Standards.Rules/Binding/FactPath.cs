using System.Collections.Generic;
using Standards.Rules.Facts;

namespace Standards.Rules.Binding
{
    /// <summary>
    /// A resolved evidence path: the fields walked from the scope, split where the path enters a list
    /// (for aggregates: <c>workload.practitioners</c> then <c>caseload</c> within one practitioner).
    /// </summary>
    public sealed class FactPath
    {
        /// <summary>Creates a path from the members walked to the list and within one of its records.</summary>
        public FactPath(IReadOnlyList<FactMember> toCollection, IReadOnlyList<FactMember> withinElement)
        {
            Members = toCollection;
            ElementMembers = withinElement;
        }

        /// <summary>The fields walked from the scope; the last may be a list.</summary>
        public IReadOnlyList<FactMember> Members { get; }

        /// <summary>When the path goes into a list's records: the fields walked inside one record.</summary>
        public IReadOnlyList<FactMember> ElementMembers { get; }

        /// <summary>The last field of the path.</summary>
        public FactMember Last => ElementMembers.Count > 0 ? ElementMembers[ElementMembers.Count - 1] : Members[Members.Count - 1];
    }
}
