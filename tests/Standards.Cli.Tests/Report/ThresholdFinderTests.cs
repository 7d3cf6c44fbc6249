using System.Linq;
using Standards.Cli.Report;
using Standards.Engine;
using Standards.Engine.Evidence;
using Standards.Rules.Loading;
using Xunit;

namespace Standards.Cli.Tests.Report
{
    public class ThresholdFinderTests
    {
        [Fact]
        public void Reads_each_grade_threshold_on_a_field_from_the_rules()
        {
            var rulebook = RulebookLoader.Load(DefaultRulebook.Sources(), EvidenceSchema.Instance).Rulebook!;
            var staffing = rulebook.Standards.Single(s => s.Id == "P1.2");
            var vacancies = ThresholdFinder.Find(staffing, rulebook.Manifest.Scale).Where(t => t.Path == "workforce.po.vacancy_rate").ToList();
            Assert.Equal(new[] { 35.0, 15, 5 }, vacancies.Select(t => t.Value).OrderByDescending(v => v));
            Assert.All(vacancies, t => Assert.True(t.LowerIsBetter));
            Assert.Equal(new[] { "good", "outstanding", "requires_improvement" }, vacancies.Select(t => t.Characteristic.GradeId).OrderBy(g => g));
        }

        [Fact]
        public void Every_numeric_field_a_domain_one_rule_compares_has_a_label_from_the_contract()
        {
            var rulebook = RulebookLoader.Load(DefaultRulebook.Sources(), EvidenceSchema.Instance).Rulebook!;
            var paths = rulebook.Standards.SelectMany(s => ThresholdFinder.Find(s, rulebook.Manifest.Scale)).Select(t => t.Path).Distinct().ToList();
            Assert.NotEmpty(paths);
            Assert.All(paths, p => Assert.NotEqual(p, FieldCatalog.Instance.Label(p)));
        }
    }
}
