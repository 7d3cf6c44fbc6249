using System;
using System.Collections;
using System.Collections.Generic;
using NRules;
using Standards.Engine.Facts;
using Standards.Engine.Tests.Properties;
using Xunit;

namespace Standards.Engine.Tests.Rete
{
    /// <summary>Rule shape: a standard rule whose condition throws while NRules evaluates its left-hand side.</summary>
    public class RuleErrorTest
    {
        /// <summary>Prompt judgements that cannot be read: enumerating them throws, as a broken evidence source would.</summary>
        private sealed class UnreadablePrompts : IReadOnlyList<PromptJudgement>
        {
            public int Count => throw new InvalidOperationException("the prompts cannot be read");

            public PromptJudgement this[int index] => throw new InvalidOperationException("the prompts cannot be read");

            public IEnumerator<PromptJudgement> GetEnumerator() => throw new InvalidOperationException("the prompts cannot be read");

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        [Fact]
        public void A_throwing_condition_fails_the_insert_with_the_expression_and_the_cause()
        {
            var evidence = RandomEvidence.Clone(ExampleEvidence.Read("national-picture"));
            evidence.Judgements!.Prompts = new UnreadablePrompts();

            var error = Assert.Throws<RuleLhsExpressionEvaluationException>(() => ReferenceRulebook.Compiled.OpenSession(evidence));

            Assert.Contains("judgements", error.Expression, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("the prompts cannot be read", error.InnerException!.Message);
        }
    }
}
