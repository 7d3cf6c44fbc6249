using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Standards.Engine.Tests.Fuzzing
{
    /// <summary>
    /// Seeded byte-level mutations in the style of AFL/libFuzzer's havoc stage, plus YAML- and CSV-shaped tokens:
    /// flips, interesting bytes, deletions, duplications, insertions, splices with another seed and truncation.
    /// The same seed gives the same inputs.
    /// </summary>
    internal sealed class Mutator
    {
        private static readonly byte[][] Tokens = new[]
        {
            ": ", "- ", "\n", "\n  ", "  ", "\t", "#", "{", "}", "[", "]", ",", "'", "\"", "&a ", "*a", "!!str ", "<<: ", "---\n", "...\n",
            "|\n", ">-\n", "? ", "%YAML 1.2\n", "~", "null", "true", "no", "-1", "1e309", "NaN", "120%", "0.5", "99999999999999999999",
            "\\u0000", "\r\n", "\uFEFF", "é", "\U0001F600", "==", ">=", "&&", "||", "(", ")", "and ", "not ", "count(", "case_id", "\"\"",
        }.Select(Encoding.UTF8.GetBytes).ToArray();

        private static readonly byte[] Interesting = { 0x00, 0x01, 0x7F, 0x80, 0xC0, 0xFF, (byte)':', (byte)'-', (byte)' ', (byte)'\n', (byte)'"', (byte)'%', (byte)',' };

        private readonly Random _random;

        public Mutator(int seed)
        {
            _random = new Random(seed);
        }

        /// <summary>Picks an index below <paramref name="count"/>.</summary>
        public int Next(int count) => _random.Next(count);

        /// <summary>Applies one to eight stacked mutations to a copy of <paramref name="input"/>.</summary>
        public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
        {
            var data = new List<byte>(input);
            int rounds = 1 << _random.Next(4);
            for (int i = 0; i < rounds; i++) MutateOnce(data, corpus);
            return data.ToArray();
        }

        private void MutateOnce(List<byte> data, IReadOnlyList<byte[]> corpus)
        {
            int at = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = Interesting[_random.Next(Interesting.Length)];
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                    break;
                case 3 when data.Count > 0:
                    data.InsertRange(_random.Next(data.Count + 1), data.GetRange(at, Math.Min(data.Count - at, 1 + _random.Next(256))));
                    break;
                case 4:
                case 5:
                    data.InsertRange(Math.Min(at, data.Count), Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 6:
                    var other = corpus[_random.Next(corpus.Count)];
                    if (other.Length == 0) break;
                    int from = _random.Next(other.Length);
                    data.InsertRange(Math.Min(at, data.Count), other.Skip(from).Take(1 + _random.Next(512)));
                    break;
                case 7 when data.Count > 0:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    for (int n = _random.Next(1, 16); n > 0; n--) data.Insert(Math.Min(at, data.Count), (byte)_random.Next(256));
                    break;
            }
        }
    }
}
