using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// Kestrel on 127.0.0.1 (a free port), in the benchmark's process, answering the licenses-usage operation with the
/// payload of the size the customer id asks for (<see cref="CustomerIds"/>), with Content-Length. Its own per-request
/// work (the same for every client) runs in the same process, so it shows in the time and allocation of every client.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The service root: http://127.0.0.1:port/v1/.</summary>
    public Uri BaseAddress { get; }

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var payloads = new ConcurrentDictionary<int, byte[]>();
        app.MapGet("/v1/customers/{customerId}/analytics/licenses/usage", (HttpContext context) =>
        {
            var body = context.Request.Query.ContainsKey("seekOperation")
                ? LastPage.Body
                : payloads.GetOrAdd(CustomerIds.ItemCount(context.Request.Path.Value!), LicensesUsagePayload.Build);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/v1/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
