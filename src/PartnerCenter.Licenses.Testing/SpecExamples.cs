using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerCenter.Licenses.Testing;

/// <summary>One documented response of an operation, with the example the spec gives for it.</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Body">The example body as JSON text, or null when the spec gives none.</param>
/// <param name="Headers">Example values of the documented response headers.</param>
public sealed record ExampleResponse(int StatusCode, string? Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>An operation of the spec: how to match its requests and its documented example responses.</summary>
/// <param name="OperationId">The operationId.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="PathTemplate">The path template as written in the spec, below the server's path.</param>
/// <param name="Responses">The documented responses that have examples or no body, by status code.</param>
public sealed record ExampleOperation(string OperationId, string Method, string PathTemplate, IReadOnlyDictionary<int, ExampleResponse> Responses)
{
    /// <summary>A regular expression matching request paths (with the server path in front) for this operation.</summary>
    public string PathPattern(string serverPath)
    {
        var pattern = Regex.Replace(Regex.Escape(serverPath.TrimEnd('/') + PathTemplate).Replace("\\{", "{", StringComparison.Ordinal), "{[^}]+}", "[^/]+");
        return "^" + pattern + "$";
    }
}

/// <summary>Reads the operations and their examples from the OpenAPI document this package was built with.</summary>
public static class SpecExamples
{
    private static readonly Lazy<(string ServerPath, IReadOnlyList<ExampleOperation> Operations)> Loaded = new(Load);

    /// <summary>The path of the spec's first server ("/v1"), under which the fake serves the operations.</summary>
    public static string ServerPath => Loaded.Value.ServerPath;

    /// <summary>Every operation of the spec.</summary>
    public static IReadOnlyList<ExampleOperation> Operations => Loaded.Value.Operations;

    /// <summary>The operation with the given id.</summary>
    public static ExampleOperation Get(string operationId)
        => Operations.FirstOrDefault(operation => operation.OperationId == operationId)
           ?? throw new ArgumentException($"The spec has no operation '{operationId}'.", nameof(operationId));

    /// <summary>The spec's text, as embedded in this package.</summary>
    public static string ReadSpecText()
    {
        using var stream = typeof(SpecExamples).Assembly.GetManifestResourceStream("partner-center.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in this assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static (string, IReadOnlyList<ExampleOperation>) Load()
    {
        using var document = JsonDocument.Parse(ReadSpecText());
        var root = document.RootElement;
        var serverPath = root.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0
            ? new Uri(servers[0].GetProperty("url").GetString()!).AbsolutePath
            : "/";

        var operations = new List<ExampleOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Object && m.Value.TryGetProperty("responses", out _)))
            {
                var responses = new Dictionary<int, ExampleResponse>();
                foreach (var response in method.Value.GetProperty("responses").EnumerateObject())
                {
                    if (int.TryParse(response.Name, out var status))
                    {
                        responses[status] = ReadResponse(root, status, Resolve(root, response.Value));
                    }
                }

                var operationId = method.Value.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method.Name} {path.Name}";
                operations.Add(new ExampleOperation(operationId, method.Name.ToUpperInvariant(), path.Name, responses));
            }
        }

        return (serverPath, operations);
    }

    private static ExampleResponse ReadResponse(JsonElement root, int status, JsonElement response)
    {
        string? body = null;
        if (response.TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                if (media.Value.TryGetProperty("example", out var example))
                {
                    body = example.GetRawText();
                }
                else if (media.Value.TryGetProperty("examples", out var examples) && examples.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Object } first
                         && Resolve(root, first.Value).TryGetProperty("value", out var value))
                {
                    body = value.GetRawText();
                }
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (response.TryGetProperty("headers", out var headerDefinitions))
        {
            foreach (var header in headerDefinitions.EnumerateObject())
            {
                if (Resolve(root, header.Value).TryGetProperty("example", out var example))
                {
                    headers[header.Name] = example.ValueKind == JsonValueKind.String ? example.GetString()! : example.GetRawText();
                }
            }
        }

        return new ExampleResponse(status, body, headers);
    }

    /// <summary>Follows a local $ref ("#/components/responses/NotFound").</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference) && reference.GetString() is { } pointer && pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            element = root;
            foreach (var segment in pointer[2..].Split('/'))
            {
                element = element.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        return element;
    }
}
