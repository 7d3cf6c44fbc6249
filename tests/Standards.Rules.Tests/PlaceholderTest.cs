namespace Standards.Rules.Tests { public class PlaceholderTest { [Xunit.Fact] public void Ok() => Xunit.Assert.True(true); } }
