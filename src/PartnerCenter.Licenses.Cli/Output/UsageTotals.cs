using System;
using System.Collections.Generic;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// Licenses added up per product (in the order products first appear) and over all products. A product's rows are its
/// workloads, and each workload counts the product's licenses again, so the sums count license-workloads; the usage
/// percentage, active over qualified, is the usage across those workloads. Absent counts add nothing.
/// </summary>
internal sealed class UsageTotals
{
    private readonly Dictionary<string, Total> _byProduct = new(StringComparer.Ordinal);
    private readonly List<Total> _products = [];

    public Total All { get; } = new("All products");

    public IReadOnlyList<Total> Products => _products;

    public void Add(CustomerLicensesUsageInsights item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var product = string.IsNullOrWhiteSpace(item.ProductName) ? "-" : item.ProductName;
        if (!_byProduct.TryGetValue(product, out var total))
        {
            total = new Total(product);
            _byProduct.Add(product, total);
            _products.Add(total);
        }

        total.Add(item);
        All.Add(item);
    }

    /// <summary>The sums of one product, or of all.</summary>
    internal sealed class Total(string name)
    {
        public string Name { get; } = name;

        public int Rows { get; private set; }

        public long Active { get; private set; }

        public long Qualified { get; private set; }

        /// <summary>Active over qualified, in percent; null when nothing is qualified.</summary>
        public double? UsagePercent => Qualified == 0 ? null : 100.0 * Active / Qualified;

        public void Add(CustomerLicensesUsageInsights item)
        {
            Rows++;
            Active += item.LicensesActive ?? 0;
            Qualified += item.LicensesQualified ?? 0;
        }
    }
}
