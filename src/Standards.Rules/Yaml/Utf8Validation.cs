namespace Standards.Rules.Yaml
{
    /// <summary>Finds the first byte that is not part of a well-formed UTF-8 sequence (Unicode table 3-7).</summary>
    internal static class Utf8Validation
    {
        /// <summary>The index of the first byte of the first ill-formed sequence at or after <paramref name="start"/>, or -1.</summary>
        public static int FindFirstInvalid(byte[] bytes, int start)
        {
            int i = start;
            while (i < bytes.Length)
            {
                int length = SequenceLength(bytes, i);
                if (length == 0) return i;
                i += length;
            }

            return -1;
        }

        /// <summary>The length of the well-formed sequence at <paramref name="i"/>, or 0 when it is ill-formed.</summary>
        private static int SequenceLength(byte[] b, int i)
        {
            byte first = b[i];
            if (first <= 0x7F) return 1;
            if (first >= 0xC2 && first <= 0xDF) return Continues(b, i + 1, 0x80, 0xBF) ? 2 : 0;

            byte low = 0x80;
            byte high = 0xBF;
            int length;
            if (first >= 0xE0 && first <= 0xEF)
            {
                length = 3;
                if (first == 0xE0) low = 0xA0;
                if (first == 0xED) high = 0x9F;
            }
            else if (first >= 0xF0 && first <= 0xF4)
            {
                length = 4;
                if (first == 0xF0) low = 0x90;
                if (first == 0xF4) high = 0x8F;
            }
            else
            {
                return 0;
            }

            if (!Continues(b, i + 1, low, high)) return 0;
            for (int k = 2; k < length; k++)
            {
                if (!Continues(b, i + k, 0x80, 0xBF)) return 0;
            }

            return length;
        }

        private static bool Continues(byte[] b, int i, byte low, byte high) => i < b.Length && b[i] >= low && b[i] <= high;
    }
}
