using Standards.Engine.Facts;

namespace Standards.Cli.Report
{
    /// <summary>Reads one value of bound evidence by its dotted path, through the contract's property names.</summary>
    internal static class EvidencePathReader
    {
        /// <summary>The value at <paramref name="path"/>, or null when it or a group on the way is missing.</summary>
        public static object? Read(PduEvidence evidence, string path)
        {
            object? current = evidence;
            var prefix = string.Empty;
            foreach (var segment in path.Split('.'))
            {
                prefix = prefix.Length == 0 ? segment : prefix + "." + segment;
                var field = FieldCatalog.Instance.Find(prefix);
                if (current is null || field is null) return null;
                current = current.GetType().GetProperty(field.Member.ClrName)?.GetValue(current);
            }

            return current;
        }
    }
}
