using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// Prints usage items in one output format. The items arrive as a stream, whatever their source (one page, every page,
/// the offline examples), so a writer never needs to know how many pages there were.
/// </summary>
internal interface IUsageWriter
{
    Task WriteAsync(IAsyncEnumerable<CustomerLicensesUsageInsights> items, TextWriter output, CancellationToken cancellationToken);
}
