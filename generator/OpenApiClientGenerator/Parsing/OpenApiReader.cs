using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Reads an OpenAPI 3.x document tree into a <see cref="ClientModel"/>.</summary>
internal sealed class OpenApiReader
{
    /// <summary>
    /// The helpers generated code calls (OpenApiClientGenerator.Runtime, imported by generated files): a schema with one of
    /// these names is renamed, so no call in generated code becomes ambiguous.
    /// </summary>
    private static readonly string[] RuntimeTypeNames =
    {
        "FormBuilder", "HeaderReading", "HeaderSnapshot", "JsonReading", "JsonRequestContent", "JsonShape", "JsonValueReader",
        "JsonValueWriter", "JsonWriting", "QueryBuilder", "ResponseBody", "ResponseStream", "UriFormatting",
    };

    private readonly ParseContext _context;
    private readonly GeneratorOptions _options;

    public OpenApiReader(ParseContext context, GeneratorOptions options)
    {
        _context = context;
        _options = options;
    }

    public ClientModel? Read()
    {
        var root = _context.Document.Root;
        if (root is not SpecObject document)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, root, root.Pointer, $"the document is {SpecNode.Describe(root.Kind)}, not an object");
            return null;
        }

        if (ReadVersion(document) is not { } isSwagger2)
        {
            return null;
        }

        var layout = new DocumentLayout(document, isSwagger2);
        var names = ClientNames.From(_options);
        var typeNames = new NameScope(reserved: names.All.Concat(RuntimeTypeNames));
        var references = new ReferenceResolver(_context);
        var schemas = new SchemaReader(_context, references, typeNames);

        var componentSchemas = isSwagger2 ? _context.GetObject(document, "definitions") : _context.GetObject(document, "components") is { } components ? _context.GetObject(components, "schemas") : null;
        schemas.RegisterComponents(componentSchemas);

        var operations = new OperationReader(_context, references, schemas, layout);
        var paths = _context.GetObject(document, "paths");
        if (paths is null && document["webhooks"] is null)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, document, document.Pointer, "paths", "only models are generated");
        }

        operations.Read(paths);
        schemas.ReadComponents(componentSchemas);

        var (builders, rootAccessors) = paths is null
            ? (EquatableArray<RequestBuilderModel>.Empty, EquatableArray<RequestBuilderAccessor>.Empty)
            : new RequestBuilderPlanner(_context, typeNames).Plan(operations.Operations, paths);

        var info = _context.GetObject(document, "info");
        if (document["info"] is null)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, document, document.Pointer, "info", "the client is documented without a title");
        }

        return new ClientModel(
            _context.Document.Path,
            _options.Namespace,
            names.Client,
            names.Interface,
            names.Options,
            names.Exception,
            info is null || info["title"] is null ? null : _context.GetString(info, "title"),
            info is null || info["description"] is null ? null : _context.GetString(info, "description"),
            isSwagger2 ? ReadSwaggerBaseAddress(document) : ReadDefaultBaseAddress(document),
            schemas.Types.ToEquatableArray(),
            operations.Operations.ToEquatableArray(),
            builders,
            rootAccessors,
            ClientModel.ComputeHasModels(schemas.Types, operations.Operations),
            ClientModel.ComputeUsesDeprecated(schemas.Types, operations.Operations));
    }

    /// <summary>True for Swagger 2.0, false for OpenAPI 3.0/3.1, null (after a diagnostic) for anything else.</summary>
    private bool? ReadVersion(SpecObject document)
    {
        // An unquoted YAML version (openapi: 3.1) reads as a number; its text is what matters.
        if (document["openapi"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number } openapi)
        {
            if (openapi.Text.StartsWith("3.0", StringComparison.Ordinal) || openapi.Text.StartsWith("3.1", StringComparison.Ordinal))
            {
                return false;
            }

            _context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, openapi, openapi.Pointer, $"OpenAPI version '{openapi.Text}' is not supported");
            return null;
        }

        if (document["swagger"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number } swagger)
        {
            if (swagger.Text is "2.0" or "2")
            {
                return true;
            }

            _context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, swagger, swagger.Pointer, $"Swagger version '{swagger.Text}' is not supported");
            return null;
        }

        _context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, document, document.Pointer, "the document has no 'openapi' field");
        return null;
    }

    /// <summary>Swagger 2.0: the first scheme (https preferred), host and basePath; null without a host.</summary>
    private string? ReadSwaggerBaseAddress(SpecObject document)
    {
        if (document["host"] is not SpecScalar { Kind: SpecNodeKind.String } host)
        {
            return null;
        }

        var schemes = _context.GetArray(document, "schemes")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList() ?? new List<string>();
        var scheme = schemes.Contains("https") || schemes.Count == 0 ? "https" : schemes[0];
        var basePath = document["basePath"] is SpecScalar { Kind: SpecNodeKind.String } path ? path.Text : "/";
        return Absolute($"{scheme}://{host.Text}{(basePath.StartsWith("/", StringComparison.Ordinal) ? basePath : "/" + basePath)}");
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

        if (_context.GetObject(server, "variables") is { } variables)
        {
            foreach (var variable in variables.Properties)
            {
                if (variable.Value is SpecObject definition && definition["default"] is SpecScalar value)
                {
                    url = url.Replace("{" + variable.Name + "}", value.Text);
                }
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
