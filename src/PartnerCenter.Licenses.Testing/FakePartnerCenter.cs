using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using PartnerCenter.Licenses.Http;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace PartnerCenter.Licenses.Testing;

/// <summary>A request the fake received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Headers">The request headers, by case-insensitive name.</param>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A fake Partner Center for tests and offline runs: a WireMock.Net server on 127.0.0.1 (a free port) that answers every
/// operation of the OpenAPI document with the document's own examples. Each answer echoes the request's MS-RequestId and
/// MS-CorrelationId (and MS-CV), and names itself in MS-ServerId, as the real service does; <see cref="RespondWithPages"/> serves
/// a collection over several pages. Switch an operation to another documented response with
/// <see cref="RespondWithExample"/>, or to any response with <see cref="RespondWith"/>; <see cref="Server"/> is there for the rest.
/// </summary>
public sealed class FakePartnerCenter : IDisposable
{
    /// <summary>The access token <see cref="CreateClient"/> sends.</summary>
    public const string AccessToken = "fake-partner-center-token";

    private const int DefaultPriority = 100;
    private const int OverridePriority = 1;
    /// <summary>The header of Partner Center's continuation token, which a next link names.</summary>
    public const string ContinuationTokenHeader = "MS-ContinuationToken";

    /// <summary>The MS-ServerId every answer of the fake carries, as Partner Center's do.</summary>
    public const string ServerId = "fake-partner-center";

    private static readonly string[] EchoedHeaders = { PartnerCenterRequestHandler.RequestIdHeader, PartnerCenterRequestHandler.CorrelationIdHeader, "MS-CV" };
    private static readonly string[] LoopbackUrls = { "http://127.0.0.1:0" };

    private readonly List<HttpClient> _httpClients = new();

    private FakePartnerCenter(WireMockServer server)
    {
        Server = server;
        BaseAddress = new Uri(server.Url!.TrimEnd('/') + SpecExamples.ServerPath.TrimEnd('/') + "/");
        Reset();
    }

    /// <summary>The WireMock server, to add mappings or read its log.</summary>
    public WireMockServer Server { get; }

    /// <summary>The address to give the client: the server's URL plus the spec's server path ("/v1/").</summary>
    public Uri BaseAddress { get; }

    /// <summary>The requests received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Server.LogEntries
        .OrderBy(entry => entry.RequestMessage?.DateTime)
        .Where(entry => entry.RequestMessage is not null)
        .Select(entry => new RecordedRequest(
            entry.RequestMessage!.Method,
            entry.RequestMessage.Path,
            (entry.RequestMessage.Headers ?? new Dictionary<string, WireMockList<string>>())
                .ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase)))
        .ToList();

    /// <summary>Starts the fake on a free port of 127.0.0.1.</summary>
    public static FakePartnerCenter Start()
        => new(WireMockServer.Start(new WireMockServerSettings { Urls = LoopbackUrls }));

    /// <summary>Makes an operation answer with the spec's example for <paramref name="statusCode"/> (such as 404).</summary>
    public void RespondWithExample(string operationId, int statusCode)
    {
        var operation = SpecExamples.Get(operationId);
        if (!operation.Responses.TryGetValue(statusCode, out var example))
        {
            throw new ArgumentException($"The spec documents no {statusCode} response for '{operationId}'.", nameof(statusCode));
        }

        Map(operation, example, OverridePriority);
    }

    /// <summary>Makes an operation answer with any status and body, such as a malformed payload.</summary>
    public void RespondWith(string operationId, int statusCode, string? body, IReadOnlyDictionary<string, string>? headers = null)
        => Map(SpecExamples.Get(operationId), new ExampleResponse(statusCode, body, headers ?? new Dictionary<string, string>()), OverridePriority);

    /// <summary>
    /// Makes an operation answer page by page, as Partner Center pages a collection: the first request gets
    /// <paramref name="pages"/>[0] with a <c>links.next</c> object (the operation's address with <c>?seekOperation=Next</c>,
    /// method GET, and an <c>MS-ContinuationToken</c> header), a request with that token gets the next page, and the last
    /// page has no next link. Each page is a JSON object (a licenses-usage collection, say); its own <c>links.next</c> is replaced.
    /// </summary>
    /// <returns>The continuation token that leads to each page after the first, in order.</returns>
    public IReadOnlyList<string> RespondWithPages(string operationId, params string[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Length == 0)
        {
            throw new ArgumentException("Give at least one page.", nameof(pages));
        }

        var operation = SpecExamples.Get(operationId);
        var tokens = Enumerable.Range(2, pages.Length - 1).Select(page => $"fake-continuation-page-{page}").ToList();
        for (var index = 0; index < pages.Length; index++)
        {
            var next = index + 1 < pages.Length ? tokens[index] : null;
            var page = pages[index];
            var request = Request.Create().UsingMethod(operation.Method).WithPath(new RegexMatcher(operation.PathPattern(SpecExamples.ServerPath)));
            request = index == 0
                ? request.WithHeader(ContinuationTokenHeader, "*", MatchBehaviour.RejectOnMatch)
                : request.WithParam("seekOperation", "Next").WithHeader(ContinuationTokenHeader, tokens[index - 1]);
            Server.Given(request).AtPriority(OverridePriority).RespondWith(Response.Create().WithCallback(received =>
            {
                var path = received.Path.Substring(SpecExamples.ServerPath.TrimEnd('/').Length + 1);
                return Answer(received, new ExampleResponse(200, WithNextLink(page, path, next), new Dictionary<string, string>()));
            }));
        }

        return tokens;
    }

    /// <summary>Back to the documented success examples, with an empty request log.</summary>
    public void Reset()
    {
        Server.ResetMappings();
        Server.ResetLogEntries();
        foreach (var operation in SpecExamples.Operations)
        {
            var success = operation.Responses.Values.Where(response => response.StatusCode is >= 200 and < 300).OrderBy(response => response.StatusCode).FirstOrDefault();
            if (success is not null)
            {
                Map(operation, success, DefaultPriority);
            }
        }
    }

    /// <summary>
    /// A client for this fake, sending <see cref="AccessToken"/> and the Partner Center headers (no retries, so a test
    /// sees each response as served). The fake disposes its HttpClient.
    /// </summary>
    public PartnerCenterClient CreateClient(Action<PartnerCenterClientOptions>? configure = null)
    {
        var options = new PartnerCenterClientOptions { BaseAddress = BaseAddress };
        configure?.Invoke(options);
        var credential = Azure.Core.DelegatedTokenCredential.Create((_, _) => new Azure.Core.AccessToken(AccessToken, DateTimeOffset.MaxValue));
        var handler = new PartnerCenterRequestHandler(new AccessTokenCache(credential, options.Scopes.ToArray()), options)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        var httpClient = new HttpClient(handler);
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return new PartnerCenterClient(httpClient, options);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_httpClients)
        {
            _httpClients.ForEach(client => client.Dispose());
            _httpClients.Clear();
        }

        Server.Stop();
        Server.Dispose();
    }

    private void Map(ExampleOperation operation, ExampleResponse example, int priority)
    {
        Server
            .Given(Request.Create().UsingMethod(operation.Method).WithPath(new RegexMatcher(operation.PathPattern(SpecExamples.ServerPath))))
            .AtPriority(priority)
            .RespondWith(Response.Create().WithCallback(request => Answer(request, example)));
    }

    /// <summary>The page with its links.next set to the next page (or removed on the last page).</summary>
    private static string WithNextLink(string page, string path, string? token)
    {
        var root = JsonNode.Parse(page) as JsonObject ?? throw new ArgumentException("A page must be a JSON object.", nameof(page));
        var links = root["links"] as JsonObject ?? new JsonObject();
        links.Remove("next");
        if (token is not null)
        {
            links["next"] = new JsonObject
            {
                ["uri"] = path + "?seekOperation=Next",
                ["method"] = "GET",
                ["headers"] = new JsonArray(new JsonObject { ["key"] = ContinuationTokenHeader, ["value"] = token }),
            };
        }

        root["links"] = links;
        return root.ToJsonString();
    }

    private static ResponseMessage Answer(IRequestMessage request, ExampleResponse example)
    {
        var headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in example.Headers)
        {
            headers[name] = new WireMockList<string>(value);
        }

        foreach (var echoed in EchoedHeaders)
        {
            if (request.Headers?.TryGetValue(echoed, out var values) == true)
            {
                headers[echoed] = values;
            }
        }

        headers["MS-ServerId"] = new WireMockList<string>(ServerId);
        var response = new ResponseMessage { StatusCode = example.StatusCode, Headers = headers };
        if (example.Body is not null)
        {
            headers["Content-Type"] = new WireMockList<string>("application/json; charset=utf-8");
            response.BodyData = new BodyData { BodyAsString = example.Body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 };
        }

        return response;
    }
}
