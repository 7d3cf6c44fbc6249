using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace Standards.Cli.Hosting
{
    /// <summary>
    /// Runs a parsed command line, turning System.CommandLine's parse errors (an unknown command or option, a
    /// value outside <c>--format</c>'s choices, a missing argument) into exit code 2, as the README promises.
    /// </summary>
    internal static class UsageErrors
    {
        public static int Invoke(ParseResult parsed, TextWriter error)
        {
            if (parsed.Action is not ParseErrorAction) return parsed.Invoke();
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            var command = string.Join(" ", parsed.CommandResult.Command.Parents.OfType<Command>().Reverse().Skip(1).Select(c => c.Name).Append(parsed.CommandResult.Command.Name).Where(n => n.Length > 0));
            error.WriteLine($"run `{(parsed.CommandResult.Command is RootCommand ? "standards" : "standards " + command)} --help` for usage");
            return ExitCodes.Usage;
        }
    }
}
