using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Rules.Tests.Loading
{
    /// <summary>
    /// The reader never throws for what is on disk: files that shrink or grow while being read, and a 50 MB file,
    /// come back as content or as a reported problem.
    /// </summary>
    public sealed class RuleSourceReaderFaultTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "standards-reader-" + Guid.NewGuid().ToString("N"));

        public RuleSourceReaderFaultTests()
        {
            Directory.CreateDirectory(_folder);
        }

        [Fact]
        public async Task A_file_rewritten_large_and_small_while_being_read_never_throws()
        {
            var file = Path.Combine(_folder, "changing.yaml");
            var large = new byte[1_900_000];
            Array.Fill(large, (byte)'#');
            var small = "standard: {}\n"u8.ToArray();
            File.WriteAllBytes(file, large);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var writer = Task.Run(() =>
            {
                for (int i = 0; !stop.IsCancellationRequested; i++) File.WriteAllBytes(file, i % 2 == 0 ? small : large);
            });

            int reads = 0;
            while (!stop.IsCancellationRequested)
            {
                var source = Assert.Single(RuleSourceReader.ReadDirectory(_folder));
                Assert.True(source.ReadProblem != null || source.Content.Length <= large.Length, "a read returned more than was ever written");
                reads++;
            }

            await writer;
            Assert.True(reads > 10, $"only {reads} reads");
        }

        [Fact]
        public void A_fifty_megabyte_file_is_reported_without_being_read()
        {
            var file = Path.Combine(_folder, "huge.yaml");
            using (var stream = File.Create(file)) stream.SetLength(50L * 1024 * 1024);
            var clock = Stopwatch.StartNew();

            var source = Assert.Single(RuleSourceReader.ReadDirectory(_folder, "rules"));

            Assert.Empty(source.Content);
            Assert.Equal("rules/huge.yaml(1,1): error STD0003: the file is 52,428,800 bytes, over the limit of 2,097,152 bytes; split it into smaller files", source.ReadProblem!.ToString());
            Assert.True(clock.ElapsedMilliseconds < 5_000);
        }

        [Fact]
        public async Task A_pipe_named_like_a_rule_file_is_not_opened()
        {
            var fifo = Path.Combine(_folder, "pipe.yaml");
            using (var mkfifo = Process.Start("mkfifo", fifo)!) mkfifo.WaitForExit();

            var read = Task.Run(() => RuleSourceReader.ReadDirectory(_folder));

            var first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(first == read, "reading a folder with a pipe in it blocked");
            Assert.Empty(Assert.Single(await read).Content);
        }

        public void Dispose() => Directory.Delete(_folder, true);
    }
}
