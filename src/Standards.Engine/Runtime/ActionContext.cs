using System;
using System.Collections.Generic;

namespace Standards.Engine.Runtime
{
    /// <summary>The <see cref="IActionContext"/> of one firing; unusable once the action returned.</summary>
    internal sealed class ActionContext : IActionContext
    {
        private readonly Session _session;
        private List<object>? _inserted;
        private bool _completed;

        public ActionContext(Session session, ProductionRule rule)
        {
            _session = session;
            Rule = rule;
        }

        public string RuleId => Rule.Id;

        public ProductionRule Rule { get; }

        public bool Insert(object fact)
        {
            if (_completed)
            {
                throw new InvalidOperationException(
                    $"The action context of rule '{Rule.Id}' was used after its action returned.");
            }

            if (!_session.InsertCore(fact, Rule.Id))
            {
                return false;
            }

            (_inserted ??= new List<object>()).Add(fact);
            return true;
        }

        /// <summary>Ends the firing and returns the facts the action newly inserted.</summary>
        public IReadOnlyList<object> Complete()
        {
            _completed = true;
            return _inserted is null ? Array.Empty<object>() : _inserted.AsReadOnly();
        }
    }
}
