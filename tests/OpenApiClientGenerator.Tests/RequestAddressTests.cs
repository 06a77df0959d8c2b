using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// The address of a request: built from the base address and escaped values, it is kept as built (Uri does not parse its
/// path and query a second time); a spec path that Uri's canonicalization would change is parsed as before. Either way
/// the request line on the wire is the one HttpClient sends for the address as a string.
/// </summary>
public sealed class RequestAddressTests : IDisposable
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Addresses, version: '1' }
        paths:
          /items/{name}:
            get:
              operationId: getItem
              parameters:
                - { name: name, in: path, required: true, schema: { type: string } }
                - { name: q, in: query, schema: { type: string } }
              responses:
                '204': { description: Seen. }
          /files/a b/{name}:
            get:
              operationId: getSpacedFile
              parameters:
                - { name: name, in: path, required: true, schema: { type: string } }
              responses:
                '204': { description: Seen. }
          /.well-known/{name}:
            get:
              operationId: getWellKnown
              parameters:
                - { name: name, in: path, required: true, schema: { type: string } }
              responses:
                '204': { description: Seen. }
        """;

    private const string Ns = "Addresses";
    private static readonly CompiledSpec Api = CompiledSpec.From(new SpecFile("/specs/addresses.yaml", Spec, Ns, "AddressesClient"));

    private readonly RawHttpServer _server = new(async (connection, token) =>
        await connection.WriteAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"u8.ToArray(), token));

    private readonly List<Uri> _sent = new();
    private readonly HttpClient _http;

    public RequestAddressTests() => _http = new HttpClient(new UriRecorder(_sent)) { BaseAddress = _server.BaseAddress };

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private dynamic Client => Api.Client(Ns + ".AddressesClient", _http);

    [Fact]
    public async Task An_address_built_from_escaped_values_is_kept_as_built_and_sent_as_HttpClient_sends_it_as_a_string()
    {
        await Client.GetItemAsync("a b/c\u00E4%41", "x&y=z #");

        var sent = _sent.ShouldHaveSingleItem();
        const string pathAndQuery = "/api/items/a%20b%2Fc%C3%A4%2541?q=x%26y%3Dz%20%23";
        RequestLine().ShouldBe($"GET {pathAndQuery} HTTP/1.1");

        // Kept as built: a Uri that canonicalized its path shows it unescaped ("a b/cä%41") when written out.
        sent.ToString().ShouldBe(sent.AbsoluteUri);
    }

    [Theory]
    [InlineData("spaced", "/api/files/a%20b/x%20y")]
    [InlineData("well-known", "/api/.well-known/x%20y")]
    public async Task A_spec_path_canonicalization_would_change_is_parsed_as_a_string_is(string path, string pathAndQuery)
    {
        await (path == "spaced" ? Client.GetSpacedFileAsync("x y") : Client.GetWellKnownAsync("x y"));

        var sent = _sent.ShouldHaveSingleItem();
        RequestLine().ShouldBe($"GET {pathAndQuery} HTTP/1.1");

        // Parsed: written out, its path shows the value unescaped.
        sent.ToString().ShouldEndWith("/x y");
    }

    /// <summary>
    /// What the decision rests on: for every address it keeps as built, canonicalization would have changed nothing. The
    /// candidates are each printable ASCII character raw and escaped (in upper and lower case), a lone '%', dot segments
    /// and text that is not ASCII; the usual built address is among those kept, and each change canonicalization makes is
    /// among those parsed.
    /// </summary>
    [Fact]
    public void Only_an_address_canonicalization_leaves_as_it_is_is_kept_as_built()
    {
        var isCanonical = Api.Type("OpenApiClientGenerator.Runtime.RequestAddress").GetMethod("IsCanonical", BindingFlags.NonPublic | BindingFlags.Static)!;
        const string Base = "http://127.0.0.1:5000/v1/";
        var candidates = new List<string> { "customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage", "a/%", "a/%4", "a/%G1", "a/./b", "a/../b", "./a", "a/.b", "a?x=/./", "\u00E4", "a/%C3%A4", "a/%c3%a4", "a\\b", "a#b" };
        for (var c = ' '; c <= '~'; c++)
        {
            candidates.Add("a" + c + "b");
            candidates.Add($"a%{(int)c:X2}b");
            candidates.Add($"a%{(int)c:x2}b");
            candidates.Add("a" + Uri.EscapeDataString(c.ToString()) + "b?" + Uri.EscapeDataString("q" + c) + "=" + Uri.EscapeDataString(c + "v"));
        }

        var kept = new List<string>();
        var changed = new List<string>();
        foreach (var address in candidates.Select(path => Base + path))
        {
            var keptAsBuilt = (bool)isCanonical.Invoke(null, new object[] { address, Base.IndexOf("/v1/", StringComparison.Ordinal) })!;
            var canonical = new Uri(address);
            var asBuilt = new Uri(address, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
            if (canonical.AbsoluteUri != asBuilt.AbsoluteUri || canonical.PathAndQuery != asBuilt.PathAndQuery)
            {
                changed.Add(address);
                keptAsBuilt.ShouldBeFalse($"canonicalization changes {address} to {canonical.AbsoluteUri}");
            }

            if (keptAsBuilt)
            {
                kept.Add(address);
            }
        }

        kept.ShouldContain(Base + candidates[0]);
        kept.Count.ShouldBeGreaterThan(200);
        changed.ShouldContain(Base + "a%41b");
        changed.ShouldContain(Base + "a b");
        changed.ShouldContain(Base + "a/../b");
    }

    private string RequestLine() => _server.Requests.ShouldHaveSingleItem().Split("\r\n")[0];
}
