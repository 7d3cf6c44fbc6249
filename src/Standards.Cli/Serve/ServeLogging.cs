using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Standards.Cli.Serve
{
    /// <summary>Logging for <c>standards serve</c>: one line per event on standard error, so standard output keeps only the address.</summary>
    internal static class ServeLogging
    {
        public static void Configure(ILoggingBuilder logging)
        {
            logging.ClearProviders();
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
                console.UseUtcTimestamp = true;
            });
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.SetMinimumLevel(LogLevel.Information);
            logging.AddFilter("Microsoft", LogLevel.Warning);
        }
    }
}
