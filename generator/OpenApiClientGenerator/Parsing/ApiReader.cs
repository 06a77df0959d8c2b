using System;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Operations;
using OpenApiClientGenerator.Parsing.Schemas;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Reads an OpenAPI 3.x document tree (Swagger 2.0 is normalised to that shape before) into an <see cref="ApiSpec"/>.</summary>
internal sealed class ApiReader
{
    private readonly ParseContext _context;

    public ApiReader(ParseContext context) => _context = context;

    public ApiSpec? Read()
    {
        if (_context.Document.Root is not SpecObject document)
        {
            return null;
        }

        var references = new ReferenceResolver(_context);
        var schemas = new SchemaResolver(_context, references);
        var componentSchemas = _context.GetObject(document, "components") is { } components ? _context.GetObject(components, "schemas") : null;
        schemas.RegisterComponents(componentSchemas);

        // OpenAPI 3.1 made an operation's responses optional (2.0 and 3.0 require them).
        var requiresResponses = document["openapi"] is not SpecScalar version || !version.Text.StartsWith("3.1", StringComparison.Ordinal);
        var security = new SecurityReader(_context, document);
        var operations = new OperationReader(_context, schemas, security, requiresResponses);
        var paths = _context.GetObject(document, "paths");
        if (paths is null && document["webhooks"] is null)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, document, document.Pointer, "paths", "only models are generated");
        }

        operations.Read(paths);

        // AutoRest's x-ms-paths: more paths, whose keys may carry a query (/query-drive?op=file) only to be told apart.
        operations.Read(_context.GetObject(document, "x-ms-paths"));
        schemas.ReadComponents(componentSchemas);

        var info = _context.GetObject(document, "info");
        if (document["info"] is null)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, document, document.Pointer, "info", "the client is documented without a title");
        }

        return new ApiSpec(
            _context.Document.Path,
            info is null || info["title"] is null ? null : _context.GetString(info, "title"),
            info is null || info["description"] is null ? null : _context.GetString(info, "description"),
            ReadDefaultBaseAddress(document),
            schemas.Schemas.ToEquatableArray(),
            operations.Operations.ToEquatableArray(),
            paths is null ? null : _context.Documents.Of(paths).LocationOf(paths))
        {
            SecuritySchemes = security.UsedSchemes,
        };
    }

    /// <summary>The first server's URL with its variables' defaults filled in, when that gives an absolute URL.</summary>
    private string? ReadDefaultBaseAddress(SpecObject document)
    {
        if (_context.GetArray(document, "servers") is not { Items.Count: > 0 } servers || servers.Items[0] is not SpecObject server)
        {
            return null;
        }

        var url = _context.GetString(server, "url");
        if (url is null)
        {
            return null;
        }

        foreach (var variable in _context.GetObject(server, "variables")?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (variable.Value is SpecObject definition && definition["default"] is SpecScalar value)
            {
                url = url.Replace("{" + variable.Name + "}", value.Text);
            }
        }

        return Absolute(url);
    }

    /// <summary>The URL with a trailing slash when it is an absolute http(s) URL; otherwise null.</summary>
    private static string? Absolute(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var absolute) || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var text = absolute.AbsoluteUri;
        return text.EndsWith("/", StringComparison.Ordinal) ? text : text + "/";
    }
}
