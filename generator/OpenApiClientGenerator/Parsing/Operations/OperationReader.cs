using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Schemas;

namespace OpenApiClientGenerator.Parsing.Operations;

/// <summary>
/// Reads <c>paths</c> (OpenAPI 3 shape: Swagger 2.0 is normalised before) into <see cref="OperationSpec"/>s, one per path
/// and HTTP method, in document order: parameters, the request body (as Body or FormField parameters) and the responses.
/// </summary>
internal sealed class OperationReader
{
    private readonly ParseContext _context;
    private readonly SchemaResolver _schemas;
    private readonly bool _requiresResponses;
    private readonly SecurityReader _security;
    private readonly PagingDetector _paging;
    private readonly List<OperationSpec> _operations = new();

    public OperationReader(ParseContext context, SchemaResolver schemas, SecurityReader security, bool requiresResponses)
    {
        _context = context;
        _schemas = schemas;
        _security = security;
        _paging = new PagingDetector(context, schemas);
        _requiresResponses = requiresResponses;
    }

    public IReadOnlyList<OperationSpec> Operations => _operations;

    private ReferenceResolver References => _schemas.References;

    public void Read(SpecObject? paths)
    {
        foreach (var path in paths?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (path.Name.StartsWith("x-", StringComparison.Ordinal) || References.Dereference(path.Value, "the path is left out") is not SpecObject pathItem)
            {
                continue;
            }

            var sharedParameters = _context.GetArray(pathItem, "parameters");
            foreach (var entry in pathItem.Properties)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (Methods.TryGet(entry.Name, out var method) && _context.As<SpecObject>(entry.Value, SpecNodeKind.Object) is { } operation)
                {
                    ReadOperation(path, method, entry, operation, sharedParameters);
                }
            }
        }
    }

    private void ReadOperation(SpecProperty path, Model.HttpMethod method, SpecProperty entry, SpecObject operation, SpecArray? sharedParameters)
    {
        var key = Methods.Name(method) + " " + path.Name;
        var operationIdNode = operation["operationId"];
        var operationId = operationIdNode is not null ? _context.GetString(operation, "operationId") : null;
        var document = _context.Documents.Of(operation);
        var parameters = new List<ParameterSpec>();

        // An x-ms-paths key's query only tells operations on one path apart; the operation's parameters say what is sent.
        var requestPath = path.Name.IndexOf('?') is >= 0 and var query ? path.Name.Substring(0, query) : path.Name;
        ReadParameters(requestPath, key, operation, sharedParameters, parameters);
        var requestBody = ReadRequestBody(operation, key, parameters);

        var responses = ReadResponses(operation, key, method);
        _operations.Add(new OperationSpec(
            key,
            operationId,
            method,
            requestPath,
            operation["summary"] is not null ? _context.GetString(operation, "summary") : null,
            Description(operation),
            operation["deprecated"] is not null && _context.GetBoolean(operation, "deprecated"),
            parameters.ToEquatableArray(),
            requestBody,
            responses,
            operationId is not null ? document.LocationOf(operationIdNode!) : document.LocationOfKey(entry),
            document.LocationOfKey(path))
        {
            Paging = _paging.Detect(operation, responses),
            Security = _security.For(operation),
            IsExistenceCheck = method == Model.HttpMethod.Head && responses.Any(response => response.StatusCode == NotFound && !response.IsError),
        });
    }

    private void ReadParameters(string path, string operationKey, SpecObject operation, SpecArray? sharedParameters, List<ParameterSpec> collected)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string Name, string In), (SpecObject Node, string? Component, int Order)>();
        var order = 0;
        foreach (var list in new[] { sharedParameters, _context.GetArray(operation, "parameters") })
        {
            foreach (var item in list?.Items ?? Array.Empty<SpecNode>())
            {
                if (References.Dereference(item, "the parameter is left out") is not SpecObject parameter)
                {
                    continue;
                }

                var name = _context.GetString(parameter, "name");
                var location = _context.GetString(parameter, "in");
                if (name is null || location is null)
                {
                    _context.Report(DiagnosticDescriptors.MissingRequiredField, parameter, parameter.Pointer, name is null ? "name" : "in", "the parameter is skipped");
                    continue;
                }

                byKey[(name, location)] = (parameter, ComponentName(item), byKey.TryGetValue((name, location), out var existing) ? existing.Order : order++);
            }
        }

        var templateNames = PathTemplate.ParameterNames(path);
        foreach (var pair in byKey.OrderBy(pair => pair.Value.Order))
        {
            var (wireName, location) = pair.Key;
            var node = pair.Value.Node;
            ParameterLocation? parameterLocation = location switch
            {
                "path" => ParameterLocation.Path,
                "query" => ParameterLocation.Query,
                "header" => ParameterLocation.Header,
                "cookie" => ParameterLocation.Cookie,
                _ => null,
            };

            if (parameterLocation is not { } known)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, node["in"]!, node["in"]!.Pointer, $"the parameter location '{location}' is unknown; the parameter is skipped");
                continue;
            }

            if (known == ParameterLocation.Path && !templateNames.Contains(wireName))
            {
                _context.Report(DiagnosticDescriptors.PathParameterMismatch, node, node.Pointer, $"the path parameter '{wireName}' does not appear in the path '{path}'; it is skipped");
                continue;
            }

            // A shared parameter's inline types are named after its component, not after whichever operation came first.
            var hint = pair.Value.Component is { } component ? NameHint.Given(component) : NameHint.OfOperation(operationKey, wireName);
            var type = node["schema"] is { } schemaNode ? _schemas.Resolve(schemaNode, hint) : new ResolvedSchema(SchemaRef.Of(PrimitiveType.String), false, null);
            var isRequired = known == ParameterLocation.Path || (node["required"] is not null && _context.GetBoolean(node, "required"));
            var (style, explode) = Style(node, known);
            var clientName = node["x-ms-client-name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } given ? given.Text : null;
            collected.Add(new ParameterSpec(wireName, known, type.Type, isRequired, Description(node) ?? type.Description, style, explode, known == ParameterLocation.Path ? templateNames.IndexOf(wireName) : pair.Value.Order, clientName)
            {
                ClientDefault = node["x-ms-client-default"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number or SpecNodeKind.Boolean } clientDefault ? clientDefault.Text : null,
            });
        }

        foreach (var missing in templateNames.Where(name => !byKey.ContainsKey((name, "path"))))
        {
            _context.Report(DiagnosticDescriptors.PathParameterMismatch, operation, operation.Pointer, $"the path '{path}' uses '{{{missing}}}', which no parameter declares; it is added as a string parameter");
            collected.Add(new ParameterSpec(missing, ParameterLocation.Path, SchemaRef.Of(PrimitiveType.String), true, null, ParameterStyle.Simple, false, templateNames.IndexOf(missing)));
        }
    }

    /// <summary>The component name of a referenced parameter (#/components/parameters/Name, or Swagger 2.0's #/parameters/Name), else null.</summary>
    private static string? ComponentName(SpecNode item)
    {
        var text = ReferenceResolver.GetReference(item)?.Text;
        foreach (var prefix in new[] { "#/components/parameters/", "#/parameters/" })
        {
            if (text is not null && text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                return text.Substring(prefix.Length);
            }
        }

        return null;
    }

    /// <summary>The serialization style (OpenAPI defaults when absent: form for query and cookie, else simple).</summary>
    private (ParameterStyle Style, bool Explode) Style(SpecObject node, ParameterLocation location)
    {
        var text = node["style"] is not null ? _context.GetString(node, "style") : null;
        var style = text switch
        {
            "simple" => ParameterStyle.Simple,
            "form" => ParameterStyle.Form,
            "label" => ParameterStyle.Label,
            "matrix" => ParameterStyle.Matrix,
            "spaceDelimited" => ParameterStyle.SpaceDelimited,
            "pipeDelimited" => ParameterStyle.PipeDelimited,
            "tabDelimited" => ParameterStyle.TabDelimited,
            "deepObject" => ParameterStyle.DeepObject,
            _ => location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple,
        };
        var explode = node["explode"] is not null ? _context.GetBoolean(node, "explode") : style == ParameterStyle.Form;
        return (style, explode);
    }

    private RequestBodySpec? ReadRequestBody(SpecObject operation, string operationKey, List<ParameterSpec> collected)
    {
        if (operation["requestBody"] is not { } bodyNode || References.Dereference(bodyNode, "the request is sent without a body") is not SpecObject body)
        {
            return null;
        }

        var required = body["required"] is not null && _context.GetBoolean(body, "required");
        var description = Description(body);
        if (_context.GetObject(body, "content") is not { } content || content.Count == 0)
        {
            _context.Report(DiagnosticDescriptors.MissingRequiredField, body, body.Pointer, "content", "the request is sent without a body");
            return null;
        }

        // The name code gives the body: "body", or what the x-codegen-request-body-name extension says (as Swagger 2.0's body parameter's name does).
        var bodyName = operation["x-codegen-request-body-name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } named ? named.Text : "body";
        var (mediaType, kind) = MediaTypes.Preferred(content.Properties.Select(p => p.Name));
        var schema = (content[mediaType] as SpecObject)?["schema"];
        const int BodyOrder = 1000;
        var alternatives = content.Properties.Select(p => p.Name)
            .Where(media => MediaTypes.KindOf(media) == kind || (kind == BodyKind.Binary && MediaTypes.KindOf(media) == BodyKind.Text))
            .ToEquatableArray();
        AddContentTypeChoice(alternatives, mediaType, collected, BodyOrder + 999);
        switch (kind)
        {
            case BodyKind.FormUrlEncoded:
            case BodyKind.Multipart:
                if (schema is not null && References.Dereference(schema) is SpecObject formSchema && _context.GetObject(formSchema, "properties") is { } fields)
                {
                    var requiredFields = _context.GetArray(formSchema, "required")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList() ?? new List<string>();
                    var order = BodyOrder;
                    foreach (var field in fields.Properties)
                    {
                        var type = IsBinarySchema(field.Value) ? SchemaRef.Of(PrimitiveType.Stream)
                            : IsBinaryArraySchema(field.Value) ? SchemaRef.ArrayOf(SchemaRef.Of(PrimitiveType.Stream))
                            : _schemas.Resolve(field.Value, NameHint.OfOperation(operationKey, field.Name)).Type;

                        // A field the schema requires is required of the caller, even when the body as a whole is optional.
                        collected.Add(new ParameterSpec(field.Name, ParameterLocation.FormField, type, requiredFields.Contains(field.Name), SchemaDescription(field.Value), ParameterStyle.Form, true, order++));
                    }

                    return new RequestBodySpec(kind, mediaType, description) { MediaTypes = alternatives };
                }

                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema ?? body, (schema ?? body).Pointer, "a form body without an object schema is sent as raw text");
                kind = BodyKind.Text;
                break;
            case BodyKind.Json:
                var resolved = schema is null ? ResolvedSchema.Any() : _schemas.Resolve(schema, NameHint.OfOperation(operationKey, "Request"));
                collected.Add(new ParameterSpec(bodyName, ParameterLocation.Body, resolved.Type, required, description ?? resolved.Description, ParameterStyle.Simple, false, BodyOrder));
                return new RequestBodySpec(kind, mediaType, description) { MediaTypes = alternatives };
        }

        collected.Add(new ParameterSpec(bodyName, ParameterLocation.Body, SchemaRef.Of(kind == BodyKind.Binary ? PrimitiveType.Stream : PrimitiveType.String), required, description, ParameterStyle.Simple, false, BodyOrder));
        return new RequestBodySpec(kind, mediaType, description) { MediaTypes = alternatives };
    }

    /// <summary>
    /// A body the spec lets be sent as several media types (application/json or application/merge-patch+json; image/png or
    /// image/jpeg): the caller chooses with an optional Content-Type header parameter, the first declared by default,
    /// unless the operation declares one itself. Media types of other kinds need another value (a stream, not a model):
    /// the richest kind is the one offered (JSON, then forms, then binary, then text).
    /// </summary>
    private static void AddContentTypeChoice(EquatableArray<string> alternatives, string preferred, List<ParameterSpec> collected, int order)
    {
        if (alternatives.Count < 2 || collected.Any(p => p.Location == ParameterLocation.Header && string.Equals(p.WireName, "Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var listed = string.Join(", ", alternatives);
        collected.Add(new ParameterSpec("Content-Type", ParameterLocation.Header, SchemaRef.Of(PrimitiveType.String), false, $"The media type the body is sent as: {listed} ({preferred} when not given).", ParameterStyle.Simple, false, order)
        {
            ClientDefault = preferred,
        });
    }

    private static readonly StatusCode NotFound = new(StatusCodeKind.Exact, 404);

    private EquatableArray<ResponseSpec> ReadResponses(SpecObject operation, string operationKey, Model.HttpMethod method)
    {
        if (_context.GetObject(operation, "responses") is not { } responses)
        {
            if (_requiresResponses)
            {
                _context.Report(DiagnosticDescriptors.MissingRequiredField, operation, operation.Pointer, "responses", "the operation is generated as returning no value");
            }

            return EquatableArray<ResponseSpec>.Empty;
        }

        var result = new List<ResponseSpec>();
        foreach (var entry in responses.Properties)
        {
            if (entry.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (StatusCode.Parse(entry.Name) is not { } statusCode)
            {
                _context.ReportAtKey(DiagnosticDescriptors.UnexpectedNodeType, entry, entry.Value.Pointer, "a status code (such as 200 or 4XX) or 'default'", $"'{entry.Name}'");
                continue;
            }

            if (References.Dereference(entry.Value, "the response is read without a body") is not SpecObject response)
            {
                result.Add(new ResponseSpec(statusCode, null, null, BodyKind.None, null, EquatableArray<HeaderSpec>.Empty) { IsError = IsErrorStatus(statusCode, null) });
                continue;
            }

            // A HEAD that declares 404 without a body asks whether the resource exists: its 404 is an answer, not an error.
            var isError = method == Model.HttpMethod.Head && statusCode == NotFound && response["content"] is null && response["x-ms-error-response"] is null
                ? false
                : IsErrorStatus(statusCode, response);
            var words = statusCode.IsSuccess ? "Response" : statusCode.Kind == StatusCodeKind.Default ? "Error" : statusCode + "Error";
            var (schema, mediaType, kind, readableTypes) = ResponseBody(response);
            ResolvedSchema? resolved = kind == BodyKind.Json && schema is not null ? _schemas.Resolve(schema, NameHint.OfOperation(operationKey, words)) : null;
            SchemaRef? bodyType = kind switch
            {
                BodyKind.Json => resolved?.Type ?? SchemaRef.Any,
                BodyKind.Binary => SchemaRef.Of(PrimitiveType.Stream),
                BodyKind.Text => SchemaRef.Of(PrimitiveType.String),
                _ => null,
            };
            var headers = isError ? EquatableArray<HeaderSpec>.Empty : ReadHeaders(response, operationKey);
            result.Add(new ResponseSpec(statusCode, Description(response), bodyType, kind, mediaType, headers)
            {
                IsError = isError,
                ReadableMediaTypes = readableTypes,
                BodyMayBeEmpty = resolved is { } body && (body.IsNullable || (_context.Dialect == DocumentVersion.Swagger2 && !DeclaresNotNullable(schema))),
            });
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// Errors are 4xx, 5xx and default; 2xx and 3xx are results. AutoRest's <c>x-ms-error-response</c> overrides that for a
    /// declared status: true makes it an error, false a result (a 404 that means "not there", say).
    /// </summary>
    private bool IsErrorStatus(StatusCode statusCode, SpecObject? response)
    {
        if (statusCode.Kind != StatusCodeKind.Default && response?["x-ms-error-response"] is SpecScalar { Kind: SpecNodeKind.Boolean })
        {
            return _context.GetBoolean(response, "x-ms-error-response");
        }

        return statusCode.Kind switch
        {
            StatusCodeKind.Exact => statusCode.Code >= 400,
            StatusCodeKind.Range => statusCode.Code >= 4,
            _ => true,
        };
    }

    /// <summary>Whether a Swagger 2.0 response schema (or the schema it refers to) says <c>x-nullable: false</c>.</summary>
    private bool DeclaresNotNullable(SpecNode? schema)
        => schema is not null
           && (IsFalse(schema as SpecObject) || IsFalse(References.Dereference(schema) as SpecObject));

    private bool IsFalse(SpecObject? schema) => schema?["x-nullable"] is SpecScalar { Kind: SpecNodeKind.Boolean } && !_context.GetBoolean(schema, "x-nullable");

    private EquatableArray<HeaderSpec> ReadHeaders(SpecObject response, string operationKey)
    {
        var result = new List<HeaderSpec>();
        foreach (var header in _context.GetObject(response, "headers")?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (References.Dereference(header.Value, "the header is left out") is not SpecObject definition)
            {
                continue;
            }

            var type = definition["schema"] is { } schema ? _schemas.Resolve(schema, NameHint.OfOperation(operationKey, header.Name)).Type : SchemaRef.Of(PrimitiveType.String);
            result.Add(new HeaderSpec(header.Name, type, Description(definition)));
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The body of a response: its content, preferring JSON; text with a binary schema is raw content. The media types
    /// are those of its content the client can read the body as (for <c>Accept</c>): every one of the chosen kind, and
    /// any text or binary one for raw content.
    /// </summary>
    private (SpecNode? Schema, string? MediaType, BodyKind Kind, EquatableArray<string> MediaTypes) ResponseBody(SpecObject response)
    {
        if (_context.GetObject(response, "content") is not { Count: > 0 } content)
        {
            return (null, null, BodyKind.None, EquatableArray<string>.Empty);
        }

        var (preferred, preferredKind) = MediaTypes.Preferred(content.Properties.Select(p => p.Name));
        var bodySchema = (content[preferred] as SpecObject)?["schema"];
        if (preferredKind == BodyKind.Text && bodySchema is not null && IsBinarySchema(bodySchema))
        {
            preferredKind = BodyKind.Binary;
        }

        var kind = preferredKind is BodyKind.FormUrlEncoded or BodyKind.Multipart ? BodyKind.Text : preferredKind;
        var readable = content.Properties.Select(p => p.Name)
            .Where(media => MediaTypes.KindOf(media) == preferredKind || (kind == BodyKind.Binary && MediaTypes.KindOf(media) is BodyKind.Binary or BodyKind.Text))
            .ToEquatableArray();
        return (bodySchema, preferred, kind, readable);
    }

    private bool IsBinaryArraySchema(SpecNode schema)
        => References.Dereference(schema) is SpecObject resolved && resolved["type"] is SpecScalar { Text: "array" } && resolved["items"] is { } items && IsBinarySchema(items);

    private bool IsBinarySchema(SpecNode schema)
        => References.Dereference(schema) is SpecObject resolved
           && resolved["format"] is SpecScalar { Text: "binary" or "base64" } && resolved["type"] is SpecScalar { Text: "string" } or null;

    private string? Description(SpecObject node) => node["description"] is not null ? _context.GetString(node, "description") : null;

    private string? SchemaDescription(SpecNode node) => References.Dereference(node) is SpecObject schema ? Description(schema) : null;
}
