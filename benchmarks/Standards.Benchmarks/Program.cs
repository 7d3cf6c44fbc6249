using BenchmarkDotNet.Running;

namespace Standards.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line, for example <c>--filter '*' --job short</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
