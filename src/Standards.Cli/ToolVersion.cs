using System.Reflection;

namespace Standards.Cli
{
    /// <summary>The version of the <c>standards</c> tool, from its assembly's informational version.</summary>
    internal static class ToolVersion
    {
        /// <summary>The version without build metadata, such as <c>0.1.0</c>.</summary>
        public static string Semantic { get; } = Read();

        private static string Read()
        {
            var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
