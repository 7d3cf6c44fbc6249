using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Consistency
{
    /// <summary>
    /// A disjunction of boxes: the evidence values for which a condition holds (or fails). Opaque when the
    /// condition could not be analysed, or its disjunctive normal form would need more than
    /// <see cref="MaxBoxes"/> boxes; checks skip opaque regions.
    /// </summary>
    internal sealed class Region
    {
        /// <summary>The most boxes a region keeps before it gives up and becomes opaque.</summary>
        public const int MaxBoxes = 64;

        private Region(IReadOnlyList<Box> boxes, bool isOpaque)
        {
            Boxes = boxes;
            IsOpaque = isOpaque;
        }

        /// <summary>The boxes; none of them inside another.</summary>
        public IReadOnlyList<Box> Boxes { get; }

        /// <summary>True when the region is unknown.</summary>
        public bool IsOpaque { get; }

        /// <summary>True when the region is known to be empty: the condition can never be met.</summary>
        public bool IsEmpty => !IsOpaque && Boxes.Count == 0;

        /// <summary>The empty region (<c>false</c>).</summary>
        public static Region Nothing { get; } = new Region(new Box[0], false);

        /// <summary>The whole space (<c>true</c>).</summary>
        public static Region Everything { get; } = new Region(new[] { Box.Universe }, false);

        /// <summary>A region that could not be analysed.</summary>
        public static Region Opaque { get; } = new Region(new Box[0], true);

        /// <summary>The region of the given boxes; nulls (empty boxes) are dropped.</summary>
        public static Region Of(IEnumerable<Box?> boxes) => Build(boxes);

        /// <summary>The combinations in either region.</summary>
        public Region Or(Region other) => IsOpaque || other.IsOpaque ? Opaque : Build(Boxes.Concat(other.Boxes));

        /// <summary>The combinations in both regions.</summary>
        public Region And(Region other)
        {
            if (IsOpaque || other.IsOpaque) return Opaque;
            if ((long)Boxes.Count * other.Boxes.Count > MaxBoxes * MaxBoxes) return Opaque;
            return Build(Boxes.SelectMany(a => other.Boxes.Select(b => a.Intersect(b))));
        }

        /// <summary>The boxes as a disjunction, for debugging.</summary>
        public override string ToString() =>
            IsOpaque ? "opaque" : Boxes.Count == 0 ? "false" : string.Join(" or ", Boxes.Select(b => "(" + b + ")"));

        private static Region Build(IEnumerable<Box?> candidates)
        {
            var kept = new List<Box>();
            foreach (var box in candidates)
            {
                if (box is null || kept.Any(k => k.Contains(box))) continue;
                kept.RemoveAll(k => box.Contains(k));
                kept.Add(box);
                if (kept.Count > MaxBoxes) return Opaque;
            }

            return new Region(kept, false);
        }
    }
}
