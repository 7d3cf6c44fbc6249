using Standards.Rules.Consistency;
using Xunit;

namespace Standards.Rules.Tests.Consistency
{
    public class BoxAndRegionTests
    {
        private static readonly Field Oversight = Field.Numeric("oversight", Interval.Closed(0, 100), wholeNumbers: false);
        private static readonly Field Induction = Field.Discrete("induction", ValueSet.Booleans);

        private static Box Num(double low, double high) => Box.Of(FieldConstraint.Numeric(Oversight, Interval.Closed(low, high)))!;

        [Fact]
        public void A_constraint_is_clipped_to_the_fields_domain_and_dropped_when_it_covers_it()
        {
            Assert.Same(Box.Universe, Box.Of(FieldConstraint.Numeric(Oversight, Interval.AtLeast(0))));
            Assert.Null(Box.Of(FieldConstraint.Numeric(Oversight, Interval.LessThan(0))));
            Assert.Equal(Interval.Closed(65, 100), Box.Of(FieldConstraint.Numeric(Oversight, Interval.AtLeast(65)))!.Find("oversight")!.Interval);
        }

        [Fact]
        public void Boxes_intersect_field_by_field()
        {
            var flag = Box.Of(FieldConstraint.Discrete(Induction, ValueSet.Of("true")))!;
            var both = Num(50, 80).Intersect(flag)!.Intersect(Num(60, 100));
            Assert.NotNull(both);
            Assert.Equal(Interval.Closed(60, 80), both!.Find("oversight")!.Interval);
            Assert.Equal(ValueSet.Of("true"), both.Find("induction")!.Values);
            Assert.Null(Num(0, 10).Intersect(Num(20, 30)));
        }

        [Fact]
        public void A_box_contains_another_only_when_every_constrained_field_is_wider()
        {
            var flag = Box.Of(FieldConstraint.Discrete(Induction, ValueSet.Of("true")))!;
            Assert.True(Num(0, 50).Contains(Num(10, 20)));
            Assert.True(Num(0, 50).Contains(Num(10, 20).Intersect(flag)!));
            Assert.False(Num(10, 20).Intersect(flag)!.Contains(Num(10, 20)));
            Assert.True(Box.Universe.Contains(flag));
        }

        [Fact]
        public void A_region_drops_boxes_inside_other_boxes()
        {
            var region = Region.Of(new[] { Num(10, 20), Num(0, 50), Num(60, 70) });
            Assert.Equal(2, region.Boxes.Count);
            Assert.Equal(Region.Everything.Boxes, Region.Everything.Or(Region.Of(new[] { Num(0, 1) })).Boxes);
        }

        [Fact]
        public void And_multiplies_out_the_boxes_and_or_unites_them()
        {
            var a = Region.Of(new[] { Num(0, 20), Num(40, 60) });
            var b = Region.Of(new[] { Num(10, 50) });
            var both = a.And(b);
            Assert.Equal(2, both.Boxes.Count);
            Assert.True(a.And(Region.Nothing).IsEmpty);
            Assert.False(a.Or(b).IsEmpty);
        }

        [Fact]
        public void A_region_needing_too_many_boxes_becomes_opaque_and_stays_so()
        {
            var region = Region.Nothing;
            for (int i = 0; i <= Region.MaxBoxes; i++) region = region.Or(Region.Of(new[] { Num(i * 1.5, i * 1.5 + 1) }));
            Assert.True(region.IsOpaque);
            Assert.False(region.IsEmpty);
            Assert.True(region.And(Region.Everything).IsOpaque);
        }

        [Fact]
        public void Value_sets_handle_listed_and_excluded_values()
        {
            var notWales = ValueSet.Except(new[] { "Wales" });
            Assert.Equal(ValueSet.Of("London"), notWales.Intersect(ValueSet.Of("London", "Wales")));
            Assert.True(notWales.Intersect(ValueSet.Of("Wales")).IsEmpty);
            Assert.True(ValueSet.Any.Contains(notWales));
            Assert.False(notWales.Contains(ValueSet.Any));
            Assert.Equal(ValueSet.Of("false"), ValueSet.Of("true").ComplementWithin(ValueSet.Booleans));
        }
    }
}
