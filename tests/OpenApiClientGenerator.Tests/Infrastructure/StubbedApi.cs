using System;
using System.Net.Http;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// A generated client talking to a WireMock stub on 127.0.0.1, for tests of what goes on the wire; one per test.
/// </summary>
internal sealed class StubbedApi : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="api">The compiled generated code.</param>
    /// <param name="clientTypeName">The client's full type name.</param>
    /// <param name="basePath">The path the client's base address ends with ("/api/").</param>
    public StubbedApi(CompiledSpec api, string clientTypeName, string basePath)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
        _http = new HttpClient { BaseAddress = new Uri(Server.Url! + basePath) };
        Client = api.Client(clientTypeName, _http);
    }

    public WireMockServer Server { get; }

    public dynamic Client { get; }

    public void Dispose()
    {
        _http.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
