using System;
using System.Globalization;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// The benchmarks' servers answer with as many items as the customer id says (its last group, in decimal), so every
/// client can ask for any size through its own API, with no extra header or parameter.
/// </summary>
public static class CustomerIds
{
    /// <summary>The customer id whose usage has <paramref name="itemCount"/> items.</summary>
    public static Guid For(int itemCount)
        => Guid.Parse("00000000-0000-0000-0000-" + itemCount.ToString("D12", CultureInfo.InvariantCulture));

    /// <summary>How many items the customer id asks for.</summary>
    public static int ItemCount(Guid customerId)
        => int.Parse(customerId.ToString("D")[24..], NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The number of items asked for by a request path <c>…/customers/{id}/analytics/licenses/usage</c>.</summary>
    public static int ItemCount(string path)
    {
        var start = path.IndexOf("/customers/", StringComparison.Ordinal) + "/customers/".Length;
        return ItemCount(Guid.Parse(path.AsSpan(start, 36)));
    }
}
