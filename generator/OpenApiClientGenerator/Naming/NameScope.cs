using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Hands out names that are unique within one scope (a namespace, a type's members, a method's parameters).
/// A taken name gets the smallest free numeric suffix, so the same spec always yields the same names.
/// Comparison is case-insensitive by default because type names also become file (hint) names.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(StringComparer? comparer = null, IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(comparer ?? StringComparer.OrdinalIgnoreCase);
        if (reserved is not null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(name);
            }
        }
    }

    public bool IsTaken(string name) => _taken.Contains(Identifiers.Bare(name));

    public void Reserve(string name) => _taken.Add(Identifiers.Bare(name));

    /// <summary>Takes <paramref name="wanted"/> or, when taken, the first free "wanted2", "wanted3"…</summary>
    public string Take(string wanted)
    {
        var bare = Identifiers.Bare(wanted);
        if (_taken.Add(bare))
        {
            return wanted;
        }

        for (var i = 2; ; i++)
        {
            var candidate = bare + i.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
