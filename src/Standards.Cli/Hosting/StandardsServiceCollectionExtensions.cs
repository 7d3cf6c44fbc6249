using Microsoft.Extensions.DependencyInjection;
using Standards.Cli.Commands;

namespace Standards.Cli.Hosting
{
    /// <summary>All service registration for the <c>standards</c> host, in one place.</summary>
    internal static class StandardsServiceCollectionExtensions
    {
        public static IServiceCollection AddStandards(this IServiceCollection services)
        {
            services.AddSingleton<RulebookProvider>();
            services.AddTransient<RateCommand>();
            services.AddTransient<ExplainCommand>();
            services.AddTransient<TestCommand>();
            services.AddTransient<CheckCommand>();
            services.AddTransient<SchemaCommand>();
            services.AddTransient<ServeCommand>();
            services.AddTransient<DiffCommand>();
            return services;
        }
    }
}
