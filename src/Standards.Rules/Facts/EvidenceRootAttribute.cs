using System;

namespace Standards.Rules.Facts
{
    /// <summary>Marks the C# type whose fields are the top level of a PDU's evidence.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class EvidenceRootAttribute : Attribute
    {
    }
}
